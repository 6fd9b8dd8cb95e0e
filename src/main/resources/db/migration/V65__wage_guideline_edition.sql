-- Program 7 wage price guidelines (工资价位): an edition of a survey year is computed as a draft,
-- reviewed and published; a published edition is immutable (triggers below) and versioned
-- (year, edition_no). A suppressed cell keeps only its counts and the reason, never its values.

CREATE TABLE wage_guideline_edition (
    id              bigserial PRIMARY KEY,
    year            integer NOT NULL REFERENCES wage_survey (year),
    edition_no      integer NOT NULL,
    status          varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'REVIEW', 'PUBLISHED')),
    min_enterprises integer NOT NULL,
    min_employees   integer NOT NULL,
    max_share       numeric(5, 4) NOT NULL,
    low_income_rule varchar(200) NOT NULL,
    records         integer NOT NULL,
    enterprises     integer NOT NULL,
    cells           integer NOT NULL,
    suppressed      integer NOT NULL,
    computed_by     varchar(100) NOT NULL,
    computed_at     timestamptz NOT NULL DEFAULT now(),
    reviewed_by     varchar(100),
    reviewed_at     timestamptz,
    published_by    varchar(100),
    published_at    timestamptz,
    UNIQUE (year, edition_no)
);

-- One cell: an occupation (any level of the 2022 classification, '*' = all occupations) crossed
-- with one dimension: PROVINCE (''), INDUSTRY (section), REGION (city/county), INDUSTRY_REGION
-- ('H|460200'), SIZE, OWNERSHIP, and the key groups LOW_INCOME ('LOW'), SKILL (skill_level),
-- TITLE (title_level). Percentiles are percentile_cont (Hyndman-Fan type 7) of annual pay, yuan.
CREATE TABLE wage_guideline_cell (
    edition_id        bigint NOT NULL REFERENCES wage_guideline_edition (id) ON DELETE CASCADE,
    occupation_code   varchar(12) NOT NULL,
    occupation_level  smallint NOT NULL CHECK (occupation_level BETWEEN 0 AND 4),
    occupation_name   varchar(200),
    dimension         varchar(16) NOT NULL,
    dim_value         varchar(24) NOT NULL,
    employees         integer NOT NULL,
    enterprises       integer NOT NULL,
    largest_employees integer NOT NULL,       -- employees of the enterprise with the most in the cell
    suppressed_reason varchar(16) CHECK (suppressed_reason IN ('FEW_ENTERPRISES', 'FEW_EMPLOYEES', 'DOMINANCE')),
    p10               numeric(12, 2),
    p25               numeric(12, 2),
    p50               numeric(12, 2),
    p75               numeric(12, 2),
    p90               numeric(12, 2),
    mean              numeric(12, 2),
    yoy_p50           numeric(8, 4),          -- P50 change against the previous year's published edition
    PRIMARY KEY (edition_id, dimension, dim_value, occupation_code),
    CONSTRAINT wage_guideline_cell_suppressed_has_no_values CHECK (suppressed_reason IS NULL
        OR (p10 IS NULL AND p25 IS NULL AND p50 IS NULL AND p75 IS NULL AND p90 IS NULL AND mean IS NULL AND yoy_p50 IS NULL))
);
CREATE INDEX wage_guideline_cell_occ_idx ON wage_guideline_cell (edition_id, occupation_code);
CREATE INDEX wage_guideline_cell_name_idx ON wage_guideline_cell (edition_id, occupation_name);

-- A published edition cannot change: not its row, not its cells.
CREATE FUNCTION wage_guideline_edition_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'wage guideline edition % is published and cannot be changed', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER wage_guideline_edition_frozen BEFORE UPDATE OR DELETE ON wage_guideline_edition
    FOR EACH ROW EXECUTE FUNCTION wage_guideline_edition_frozen();

CREATE FUNCTION wage_guideline_cell_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    edition bigint := CASE WHEN TG_OP = 'INSERT' THEN NEW.edition_id ELSE OLD.edition_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM wage_guideline_edition WHERE id = edition AND status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'wage guideline edition % is published and its cells cannot be changed', edition
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER wage_guideline_cell_frozen BEFORE INSERT OR UPDATE OR DELETE ON wage_guideline_cell
    FOR EACH ROW EXECUTE FUNCTION wage_guideline_cell_frozen();
