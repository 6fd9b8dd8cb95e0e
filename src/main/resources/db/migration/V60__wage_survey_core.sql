-- Program 7 (企业薪酬指引计划): the survey year, the surveyed enterprises with their enterprise form,
-- and one record per employee. Guidelines, feedback reports and services add their own tables.

CREATE TABLE wage_survey (
    year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    status     varchar(8) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    deadline   date,
    opened_by  varchar(100) NOT NULL,
    opened_at  timestamptz NOT NULL DEFAULT now(),
    version    integer NOT NULL DEFAULT 0
);

-- An enterprise selected for a survey year, its return status and its enterprise form (企业基本情况).
CREATE TABLE wage_survey_enterprise (
    id               bigserial PRIMARY KEY,
    year             integer NOT NULL REFERENCES wage_survey (year),
    uscc             char(18) NOT NULL,
    region_code      varchar(12) NOT NULL,
    status           varchar(12) NOT NULL DEFAULT 'NOT_STARTED'
        CHECK (status IN ('NOT_STARTED', 'SUBMITTED', 'VALIDATED', 'RETURNED', 'ACCEPTED')),
    -- the enterprise form, as the enterprise reports it for the year
    industry_code    varchar(5),
    industry_section char(1),
    ownership_code   varchar(3),
    size_class       varchar(13),
    employees        integer CHECK (employees >= 0),
    total_pay        numeric(16, 2) CHECK (total_pay >= 0),   -- 工资总额, yuan
    submitted_at     timestamptz,
    submitted_by     varchar(100),
    accepted_at      timestamptz,
    accepted_by      varchar(100),
    return_reason    varchar(1000),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 0,
    UNIQUE (year, uscc)
);
CREATE INDEX wage_survey_enterprise_region_idx ON wage_survey_enterprise (year, region_code, status);

-- 职工薪酬: one employee of a surveyed enterprise for the year. No name or ID number is collected.
-- A resubmission replaces all records of the enterprise for the year.
CREATE TABLE wage_employee_record (
    id                   bigserial PRIMARY KEY,
    survey_enterprise_id bigint NOT NULL REFERENCES wage_survey_enterprise (id) ON DELETE CASCADE,
    year                 integer NOT NULL,
    uscc                 char(18) NOT NULL,
    line_no              integer NOT NULL,                 -- row of the uploaded file
    occupation_code      varchar(12) NOT NULL,             -- 2022 职业分类大典, unit level (细类), e.g. 2-02-01-01
    post_level           varchar(20),                      -- 岗位等级
    education            varchar(20),
    age                  smallint CHECK (age BETWEEN 14 AND 100),
    male                 boolean,
    hire_year            smallint,
    skill_level          varchar(10),                      -- 职业技能等级: LEVEL_5..LEVEL_1 or null
    title_level          varchar(10),                      -- 专业技术职称: JUNIOR/INTERMEDIATE/SENIOR or null
    annual_hours         integer CHECK (annual_hours > 0),
    base_pay             numeric(12, 2) NOT NULL DEFAULT 0 CHECK (base_pay >= 0),
    bonus                numeric(12, 2) NOT NULL DEFAULT 0 CHECK (bonus >= 0),
    allowances           numeric(12, 2) NOT NULL DEFAULT 0 CHECK (allowances >= 0),
    overtime_pay         numeric(12, 2) NOT NULL DEFAULT 0 CHECK (overtime_pay >= 0),
    annual_pay           numeric(13, 2) GENERATED ALWAYS AS (base_pay + bonus + allowances + overtime_pay) STORED,
    UNIQUE (survey_enterprise_id, line_no)
);
CREATE INDEX wage_employee_record_year_occ_idx ON wage_employee_record (year, occupation_code);
