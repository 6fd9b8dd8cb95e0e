-- 集体协商 (plan section 六(二)3): wages, hours and work arrangements agreed with the workers as an
-- alternative to layoffs, per enterprise.
CREATE TABLE monitoring_negotiation (
    id                bigserial PRIMARY KEY,
    uscc              char(18) NOT NULL,
    region_code       varchar(12) NOT NULL,
    enterprise_name   varchar(200) NOT NULL,
    held_on           date NOT NULL,
    parties           varchar(500) NOT NULL,
    subjects          text[] NOT NULL,                  -- WAGES, HOURS, WORK_ARRANGEMENT, OTHER
    agreement         varchar(4000) NOT NULL,
    workers_covered   integer NOT NULL CHECK (workers_covered >= 0),
    attachment_name   varchar(255),
    attachment_type   varchar(100),
    attachment        bytea,
    created_by        varchar(100) NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX monitoring_negotiation_region_idx ON monitoring_negotiation (region_code, held_on DESC);
CREATE INDEX monitoring_negotiation_uscc_idx ON monitoring_negotiation (uscc);
