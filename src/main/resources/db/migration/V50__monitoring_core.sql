-- Program 6 (重点企业用工指导计划): the tables shared by feeds, detection, the key-enterprise list,
-- clues, the service ledger and layoff plans. Monthly facts are partitioned by month; every fact
-- and every list row carries the enterprise's USCC and region so that data scope needs no join.

-- One load of one feed for one month (file or API). A corrected load replaces the facts of the
-- enterprises it names for that feed and month; it never adds to them.
CREATE TABLE monitoring_load (
    id          bigserial PRIMARY KEY,
    feed        varchar(24) NOT NULL
        CHECK (feed IN ('SOCIAL_INSURANCE', 'EMPLOYMENT_FILING', 'UNEMPLOYMENT', 'DISPUTE', 'COMPLAINT')),
    month       date NOT NULL CHECK (extract(day FROM month) = 1),
    channel     varchar(8) NOT NULL CHECK (channel IN ('FILE', 'API')),
    file_name   varchar(255),
    loaded_by   varchar(100) NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now(),
    accepted    integer NOT NULL DEFAULT 0,
    rejected    integer NOT NULL DEFAULT 0,
    unknown     integer NOT NULL DEFAULT 0          -- rows naming a USCC not in the registry
);
CREATE INDEX monitoring_load_feed_month_idx ON monitoring_load (feed, month);

-- 社保参保人数: insured employees and months of contribution arrears, per employing unit and month.
CREATE TABLE monitoring_headcount (
    month          date NOT NULL,
    uscc           char(18) NOT NULL,
    region_code    varchar(12) NOT NULL,
    insured        integer NOT NULL CHECK (insured >= 0),
    arrears_months smallint NOT NULL DEFAULT 0 CHECK (arrears_months >= 0),
    load_id        bigint NOT NULL,
    PRIMARY KEY (month, uscc)
) PARTITION BY RANGE (month);

-- Creates the month's partition of every partitioned monitoring table (idempotent). Later
-- migrations that add partitioned tables replace this function and list them too.
CREATE OR REPLACE FUNCTION monitoring_ensure_month(m date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    t text;
    suffix text := to_char(m, 'YYYYMM');
BEGIN
    FOREACH t IN ARRAY ARRAY['monitoring_headcount'] LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                       t || '_' || suffix, t, date_trunc('month', m)::date,
                       (date_trunc('month', m) + interval '1 month')::date);
    END LOOP;
END $$;

-- A detection run for one month under one rule-set version. The signals of a month are those of
-- its latest finished run.
CREATE TABLE monitoring_detection_run (
    id           bigserial PRIMARY KEY,
    month        date NOT NULL CHECK (extract(day FROM month) = 1),
    rule_version integer NOT NULL,
    triggered_by varchar(100) NOT NULL,             -- SCHEDULER, LOAD or a user name
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    status       varchar(10) NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    enterprises  integer,
    signals      integer
);
CREATE INDEX monitoring_detection_run_month_idx ON monitoring_detection_run (month, id DESC);

-- 预警信号: one rule fired for one enterprise in one month, with the facts behind it.
CREATE TABLE monitoring_signal (
    id          bigserial PRIMARY KEY,
    run_id      bigint NOT NULL REFERENCES monitoring_detection_run (id) ON DELETE CASCADE,
    month       date NOT NULL,
    uscc        char(18) NOT NULL,
    region_code varchar(12) NOT NULL,
    rule_code   varchar(32) NOT NULL,
    level       varchar(6) NOT NULL CHECK (level IN ('RED', 'ORANGE', 'YELLOW')),
    reason      varchar(500) NOT NULL,               -- a Chinese sentence with the figures
    evidence    jsonb NOT NULL                       -- the facts: [{"feed":..,"month":..,..values}]
);
CREATE INDEX monitoring_signal_run_idx ON monitoring_signal (run_id);
CREATE INDEX monitoring_signal_uscc_idx ON monitoring_signal (uscc, month);

-- 重点企业清单: the current list. Detection proposes, staff may include or exclude by hand with a reason.
CREATE TABLE monitoring_key_enterprise (
    uscc            char(18) PRIMARY KEY,
    region_code     varchar(12) NOT NULL,
    listed          boolean NOT NULL,
    risk_level      varchar(6) CHECK (risk_level IN ('RED', 'ORANGE', 'YELLOW')),
    detected        boolean NOT NULL DEFAULT false,   -- proposed by the latest detection
    override        varchar(8) CHECK (override IN ('INCLUDE', 'EXCLUDE')),
    override_reason varchar(500),
    listed_since    date,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_key_enterprise_region_idx ON monitoring_key_enterprise (region_code, listed);

-- Every entry into and exit from the list, with date and reason.
CREATE TABLE monitoring_key_enterprise_event (
    id          bigserial PRIMARY KEY,
    uscc        char(18) NOT NULL,
    region_code varchar(12) NOT NULL,
    event       varchar(6) NOT NULL CHECK (event IN ('ENTER', 'EXIT')),
    occurred_on date NOT NULL,
    reason      varchar(500) NOT NULL,
    actor       varchar(100) NOT NULL,               -- DETECTION or a user name
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX monitoring_key_enterprise_event_uscc_idx ON monitoring_key_enterprise_event (uscc, at);

-- 裁员方案: the header the backtest and the ledger read; the review adds its own tables and columns.
CREATE TABLE monitoring_layoff_plan (
    id           bigserial PRIMARY KEY,
    uscc         char(18) NOT NULL,
    region_code  varchar(12) NOT NULL,
    status       varchar(12) NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'WITHDRAWN')),
    submitted_on date,
    created_by   varchar(100) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_layoff_plan_uscc_idx ON monitoring_layoff_plan (uscc, submitted_on);
CREATE INDEX monitoring_layoff_plan_region_idx ON monitoring_layoff_plan (region_code, id DESC);
