-- Coverage indicators at Hainan scale (issue #5): 20,000 coordinators, ~1.4M coverage rows, 1M enterprises.

-- One row per covered enterprise: how many coordinators cover it, and how many of them as grassroots
-- coordinators (source <> 'ENTERPRISE'; only grassroots coordinators can be assigned). Large/medium count
-- as covered when a row exists, small/micro when grassroots > 0, so an indicator is one join of the
-- registry with a table of unique USCCs instead of a semi-join over every coverage row.
-- Kept in step with coordinator_coverage by the statement triggers below, in the same transaction as
-- every write (assignment, the rule, the registry's own-enterprise rows, cascades, bulk SQL). Counts,
-- not flags, so that concurrent writers only add and subtract and never have to read each other's rows.
CREATE TABLE coordinator_covered_enterprise (
    uscc         char(18) PRIMARY KEY,
    coordinators integer NOT NULL CHECK (coordinators >= 0),
    grassroots   integer NOT NULL CHECK (grassroots >= 0 AND grassroots <= coordinators)
);

INSERT INTO coordinator_covered_enterprise (uscc, coordinators, grassroots)
SELECT uscc, count(*), count(*) FILTER (WHERE source <> 'ENTERPRISE')
FROM coordinator_coverage GROUP BY uscc;

-- Rows arrive in the transition table "added", leave in "removed" (an UPDATE has both). Rows are
-- touched in USCC order so that two large statements lock them in the same order (no deadlock).
CREATE FUNCTION coordinator_covered_enterprise_sync() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO coordinator_covered_enterprise AS c (uscc, coordinators, grassroots)
        SELECT a.uscc, count(*), count(*) FILTER (WHERE a.source <> 'ENTERPRISE')
        FROM added a GROUP BY a.uscc ORDER BY a.uscc
        ON CONFLICT (uscc) DO UPDATE SET coordinators = c.coordinators + EXCLUDED.coordinators,
                                         grassroots   = c.grassroots + EXCLUDED.grassroots;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE coordinator_covered_enterprise c
        SET coordinators = c.coordinators - r.n, grassroots = c.grassroots - r.g
        FROM (SELECT d.uscc, count(*) AS n, count(*) FILTER (WHERE d.source <> 'ENTERPRISE') AS g
              FROM removed d GROUP BY d.uscc ORDER BY d.uscc) r
        WHERE c.uscc = r.uscc;
        DELETE FROM coordinator_covered_enterprise c
        WHERE c.coordinators = 0 AND c.uscc IN (SELECT d.uscc FROM removed d);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER coordinator_coverage_added AFTER INSERT ON coordinator_coverage
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION coordinator_covered_enterprise_sync();
CREATE TRIGGER coordinator_coverage_changed AFTER UPDATE ON coordinator_coverage
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION coordinator_covered_enterprise_sync();
CREATE TRIGGER coordinator_coverage_removed AFTER DELETE ON coordinator_coverage
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION coordinator_covered_enterprise_sync();

CREATE FUNCTION coordinator_covered_enterprise_clear() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    TRUNCATE coordinator_covered_enterprise;
    RETURN NULL;
END
$$;

CREATE TRIGGER coordinator_coverage_truncated AFTER TRUNCATE ON coordinator_coverage
    FOR EACH STATEMENT EXECUTE FUNCTION coordinator_covered_enterprise_clear();

-- The figures of the coverage page (覆盖情况), one row per region: a snapshot, so that a page view reads
-- twenty rows instead of recomputing both indicators over the registry. Recomputed by CoverageFigures:
-- a region's row in the same transaction as an assignment there, every row after coordinator or
-- registry changes and on the scheduler, and on demand (重新计算).
CREATE TABLE coordinator_coverage_figure (
    region_code          varchar(12) PRIMARY KEY REFERENCES platform_region (code),
    large_medium         integer NOT NULL,
    large_medium_covered integer NOT NULL,
    small_micro          integer NOT NULL,
    small_micro_covered  integer NOT NULL,
    computed_at          timestamptz NOT NULL
);
