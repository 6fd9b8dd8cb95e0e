-- A month of a feed (400,000 USCCs) asks the registry for the region of every enterprise at once
-- (EnterpriseLocations.regionsAt): with the region in the index, that is an index-only merge join
-- over the USCC order (0.6 s at 400,000) instead of 400,000 index probes plus heap fetches (2-15 s).
CREATE INDEX enterprise_uscc_region_idx ON enterprise (uscc) INCLUDE (region_code);
