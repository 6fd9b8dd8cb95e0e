-- Program 6 feeds besides social insurance (monitoring_headcount, V50): one fact table per feed,
-- partitioned by month, one row per employing unit and month. Person data is never stored here:
-- unemployment registrations arrive as a count per last employer.

-- 就业备案: hires and separations filed in the month.
CREATE TABLE monitoring_employment_filing (
    month       date NOT NULL,
    uscc        char(18) NOT NULL,
    region_code varchar(12) NOT NULL,
    hires       integer NOT NULL CHECK (hires >= 0),
    separations integer NOT NULL CHECK (separations >= 0),
    load_id     bigint NOT NULL,
    PRIMARY KEY (month, uscc)
) PARTITION BY RANGE (month);

-- 失业登记: registrations in the month naming the enterprise as last employer.
CREATE TABLE monitoring_unemployment (
    month         date NOT NULL,
    uscc          char(18) NOT NULL,
    region_code   varchar(12) NOT NULL,
    registrations integer NOT NULL CHECK (registrations >= 0),
    load_id       bigint NOT NULL,
    PRIMARY KEY (month, uscc)
) PARTITION BY RANGE (month);

-- 劳动争议: cases filed in the month, workers involved, collective cases (10 or more workers).
CREATE TABLE monitoring_dispute (
    month            date NOT NULL,
    uscc             char(18) NOT NULL,
    region_code      varchar(12) NOT NULL,
    cases            integer NOT NULL CHECK (cases >= 0),
    workers          integer NOT NULL CHECK (workers >= 0),
    collective_cases integer NOT NULL DEFAULT 0 CHECK (collective_cases >= 0 AND collective_cases <= cases),
    load_id          bigint NOT NULL,
    PRIMARY KEY (month, uscc)
) PARTITION BY RANGE (month);

-- 投诉举报: wage-arrears complaints and other complaints received in the month.
CREATE TABLE monitoring_complaint (
    month        date NOT NULL,
    uscc         char(18) NOT NULL,
    region_code  varchar(12) NOT NULL,
    wage_arrears integer NOT NULL CHECK (wage_arrears >= 0),
    other        integer NOT NULL CHECK (other >= 0),
    load_id      bigint NOT NULL,
    PRIMARY KEY (month, uscc)
) PARTITION BY RANGE (month);

CREATE OR REPLACE FUNCTION monitoring_ensure_month(m date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t text;
    suffix text := to_char(m, 'YYYYMM');
BEGIN
    FOREACH t IN ARRAY ARRAY['monitoring_headcount', 'monitoring_employment_filing', 'monitoring_unemployment',
                             'monitoring_dispute', 'monitoring_complaint'] LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                       t || '_' || suffix, t, date_trunc('month', m)::date,
                       (date_trunc('month', m) + interval '1 month')::date);
    END LOOP;
END $$;

-- Region figures per month (insured headcount of the province and each region), kept by the
-- loader so that the dashboard never sums millions of facts.
CREATE TABLE monitoring_region_month (
    month       date NOT NULL,
    region_code varchar(12) NOT NULL,
    enterprises integer NOT NULL,
    insured     bigint NOT NULL,
    PRIMARY KEY (month, region_code)
);
