-- The registry's name search uses the bigram index of V5 (two-character Chinese queries);
-- the trigram index of V3 is no longer read by any query and only slows every insert.
DROP INDEX IF EXISTS enterprise_name_trgm_idx;
