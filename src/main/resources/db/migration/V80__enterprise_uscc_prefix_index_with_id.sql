-- USCC prefix search ("91460200MA": 150,000 of a million enterprises) lists the newest first.
-- Walking the primary key backwards and testing each USCC crossed 450,000 rows of other cities
-- (3 s); with the id in the pattern index, the matching ids come from the index alone and only
-- the 20 rows of the page are read from the table (EnterpriseSearch, 0.1 s).
CREATE INDEX enterprise_uscc_pattern_id_idx ON enterprise (uscc bpchar_pattern_ops) INCLUDE (id);
DROP INDEX enterprise_uscc_pattern_idx;
