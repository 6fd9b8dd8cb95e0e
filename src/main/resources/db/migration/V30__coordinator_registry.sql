-- Program 1 (劳动关系协调员数据库): the coordinators, their training and their coverage of enterprises.
CREATE TABLE coordinator (
    id               bigserial PRIMARY KEY,
    name             varchar(50) NOT NULL,
    id_number_enc    text NOT NULL,
    id_number_hash   char(64) NOT NULL UNIQUE,     -- HMAC of the ID number: exact search and uniqueness
    male             boolean NOT NULL,             -- derived from the ID number
    birth_date       date NOT NULL,                -- derived from the ID number
    phone_enc        text,
    region_code      varchar(12) NOT NULL REFERENCES platform_region (code),
    workplace_type   varchar(20) NOT NULL CHECK (workplace_type IN
                         ('ENTERPRISE', 'TOWNSHIP_STREET', 'HRSS', 'UNION', 'EMPLOYER_ORG', 'SOCIAL_ORG')),
    enterprise_uscc  char(18),                     -- ENTERPRISE: the employer, in the registry
    post_name        varchar(100),                 -- grassroots post: 乡镇街道/人社部门/... name
    full_time        boolean NOT NULL,
    instructor       boolean NOT NULL DEFAULT false,   -- 专职集体协商指导员
    skill_level      varchar(8) CHECK (skill_level IN ('LEVEL_4', 'LEVEL_3', 'LEVEL_2', 'LEVEL_1')),
    certificate_no   varchar(50),
    certificate_date date,
    certificate_body varchar(100),
    appointed_on     date NOT NULL,                -- since when a coordinator
    user_id          bigint UNIQUE REFERENCES platform_user (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 0,
    CHECK (workplace_type <> 'ENTERPRISE' OR enterprise_uscc IS NOT NULL)
);
CREATE INDEX coordinator_region_idx ON coordinator (region_code, id DESC);
CREATE INDEX coordinator_uscc_idx ON coordinator (enterprise_uscc);

CREATE TABLE coordinator_training (
    id               bigserial PRIMARY KEY,
    coordinator_id   bigint NOT NULL REFERENCES coordinator (id) ON DELETE CASCADE,
    trained_on       date NOT NULL,
    hours            numeric(5, 1) NOT NULL CHECK (hours > 0),
    topic            varchar(200) NOT NULL,
    subsidy_eligible boolean NOT NULL DEFAULT false
);
CREATE INDEX coordinator_training_idx ON coordinator_training (coordinator_id, trained_on);

-- Which coordinator covers which enterprise (覆盖): in-house ones their own employer, grassroots ones
-- the small and micro enterprises assigned to them.
CREATE TABLE coordinator_coverage (
    coordinator_id bigint NOT NULL REFERENCES coordinator (id) ON DELETE CASCADE,
    uscc           char(18) NOT NULL,
    since          date NOT NULL DEFAULT current_date,
    source         varchar(10) NOT NULL CHECK (source IN ('ENTERPRISE', 'RULE', 'MANUAL')),
    PRIMARY KEY (coordinator_id, uscc)
);
CREATE INDEX coordinator_coverage_uscc_idx ON coordinator_coverage (uscc);

-- 工作记录: what a coordinator did, for whom.
CREATE TABLE coordinator_work_log (
    id             bigserial PRIMARY KEY,
    coordinator_id bigint NOT NULL REFERENCES coordinator (id) ON DELETE CASCADE,
    logged_on      date NOT NULL,
    kind           varchar(20) NOT NULL CHECK (kind IN ('POLICY_SERVICE', 'MONITORING', 'DISPUTE_RESOLUTION')),
    uscc           char(18),
    content        varchar(2000) NOT NULL,
    outcome        varchar(1000),
    created_by     varchar(50),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX coordinator_work_log_idx ON coordinator_work_log (coordinator_id, logged_on DESC);
