-- One index on the USCC instead of two. The unique constraint of V3 and the prefix-search index
-- of V80 were both maintained on every insert (about 1.4 s and 1.8 s of database CPU per 300,000
-- imported enterprises, bench 3). bpchar_pattern_ops has the equality operator too, so a unique
-- index with it enforces uniqueness, serves = and IN lookups and ON CONFLICT (uscc), and keeps
-- answering "91460200MA%" prefix searches from the index alone, with the id included.
CREATE UNIQUE INDEX enterprise_uscc_unique_idx ON enterprise (uscc bpchar_pattern_ops) INCLUDE (id);
ALTER TABLE enterprise DROP CONSTRAINT enterprise_uscc_key;
DROP INDEX enterprise_uscc_pattern_id_idx;
