-- 裁员方案审查 (劳动合同法 第四十一至四十三条、第四十七条): the plan's facts, its employees and the review.
ALTER TABLE monitoring_layoff_plan
    ADD COLUMN enterprise_name  varchar(200),
    ADD COLUMN grounds          varchar(24) CHECK (grounds IN ('REORGANIZATION', 'SERIOUS_DIFFICULTY', 'RESTRUCTURING', 'ECONOMIC_CHANGE')),
    ADD COLUMN grounds_detail   varchar(2000),
    ADD COLUMN workforce        integer CHECK (workforce > 0),
    ADD COLUMN layoff_on        date,                 -- planned termination date (last working day)
    ADD COLUMN explained_on     date,                 -- explanation to the union or all staff
    ADD COLUMN reported_on      date,                 -- report to the labor administration
    ADD COLUMN funds_available  numeric(16, 2) CHECK (funds_available >= 0),
    ADD COLUMN positions        varchar(500),         -- 裁员岗位, for the service ledger
    ADD COLUMN review_conclusion varchar(10) CHECK (review_conclusion IN ('ACCEPTED', 'RETURNED')),
    ADD COLUMN review_opinion   varchar(4000),
    ADD COLUMN reviewed_by      varchar(100),
    ADD COLUMN reviewed_on      date,
    ADD COLUMN total_severance  numeric(16, 2);      -- fixed at review, for the ledger

CREATE TABLE monitoring_layoff_employee (
    id                bigserial PRIMARY KEY,
    plan_id           bigint NOT NULL REFERENCES monitoring_layoff_plan (id) ON DELETE CASCADE,
    name              varchar(50) NOT NULL,
    id_number_enc     text NOT NULL,                  -- PersonalDataCipher
    id_number_hash    char(64) NOT NULL,
    position          varchar(100),
    hire_date         date NOT NULL,
    average_wage      numeric(12, 2) NOT NULL CHECK (average_wage >= 0),
    contract_type     varchar(12) NOT NULL CHECK (contract_type IN ('FIXED_TERM', 'OPEN_ENDED', 'TASK')),
    long_fixed_term   boolean NOT NULL DEFAULT false,
    sole_earner       boolean NOT NULL DEFAULT false,
    protected_status  text[] NOT NULL DEFAULT '{}',   -- art. 42 facts, codes of ProtectedStatus
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_id, id_number_hash)
);
CREATE INDEX monitoring_layoff_employee_plan_idx ON monitoring_layoff_employee (plan_id, id);
