-- Registry search (企业库查询) at Hainan scale: about a million enterprises.

-- Name substring search. pg_trgm (enterprise_name_trgm_idx, V3) needs three characters, but
-- people search Chinese names by two ("椰风", "酒店"): a two-character ILIKE walks the whole
-- table (about 0.8 s at a million rows). Character bigrams make every query of two or more
-- characters an index lookup: a name containing the query contains each of its bigrams, and
-- the ILIKE that the search adds keeps the match exact. lower() matches ILIKE for Latin letters.
CREATE FUNCTION enterprise_name_bigrams(name text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    s     text   := lower(name);
    grams text[] := '{}';
BEGIN
    FOR i IN 1 .. length(s) - 1 LOOP
        grams := grams || substr(s, i, 2);
    END LOOP;
    RETURN grams;
END
$$;

CREATE INDEX enterprise_name_bigram_idx ON enterprise USING gin (enterprise_name_bigrams(name));

-- USCC prefix search ("91460200MA5..."). Under a non-C collation the unique index cannot
-- serve LIKE 'prefix%'; the pattern operator class can, in any collation.
CREATE INDEX enterprise_uscc_pattern_idx ON enterprise (uscc bpchar_pattern_ops);
