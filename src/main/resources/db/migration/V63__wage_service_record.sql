-- 个性化服务: a personalized service given to a surveyed enterprise (plan target: at least 10% of the
-- surveyed enterprises of a year).
CREATE TABLE wage_service_record (
    id           bigserial PRIMARY KEY,
    year         integer NOT NULL REFERENCES wage_survey (year),
    uscc         char(18) NOT NULL,
    region_code  varchar(12) NOT NULL,
    served_on    date NOT NULL,
    kind         varchar(24) NOT NULL
        CHECK (kind IN ('POLICY_CONSULTATION', 'PAY_SYSTEM_DESIGN', 'COLLECTIVE_BARGAINING', 'OTHER')),
    staff        varchar(100) NOT NULL,
    content      varchar(2000) NOT NULL,
    created_by   varchar(100) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 0,
    FOREIGN KEY (year, uscc) REFERENCES wage_survey_enterprise (year, uscc)
);
CREATE INDEX wage_service_record_idx ON wage_service_record (year, region_code, uscc);
