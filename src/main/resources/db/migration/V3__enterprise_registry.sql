-- The enterprise registry (企业库): the hub every program links to, by USCC.
CREATE TABLE enterprise (
    id                bigserial PRIMARY KEY,
    uscc              char(18) NOT NULL UNIQUE,
    name              varchar(200) NOT NULL,
    region_code       varchar(12) NOT NULL REFERENCES platform_region (code),
    industry_code     varchar(5) NOT NULL REFERENCES platform_industry (code),
    industry_division char(2) NOT NULL,
    industry_section  char(1) NOT NULL,
    ownership_code    varchar(3) REFERENCES platform_ownership_type (code),
    employees         integer CHECK (employees >= 0),
    revenue           numeric(14, 2) CHECK (revenue >= 0),   -- 营业收入，万元
    assets            numeric(14, 2) CHECK (assets >= 0),    -- 资产总额，万元
    size_class        varchar(13) NOT NULL,                  -- LARGE/MEDIUM/SMALL/MICRO/UNCLASSIFIED
    legal_representative varchar(50),
    contact_person    varchar(50),
    contact_phone_enc text,
    contact_phone_hash char(64),              -- HMAC of the phone: exact search and change detection
    address           varchar(200),
    established_on    date,
    status            varchar(12) NOT NULL DEFAULT 'ACTIVE',
    tags              text[] NOT NULL DEFAULT '{}',
    source            varchar(20) NOT NULL DEFAULT 'MANUAL',
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 0
);

-- Paging newest first within a region, and each filter with it.
CREATE INDEX enterprise_region_id_idx ON enterprise (region_code, id DESC);
CREATE INDEX enterprise_industry_idx ON enterprise (industry_division, id DESC);
CREATE INDEX enterprise_section_idx ON enterprise (industry_section, id DESC);
CREATE INDEX enterprise_size_idx ON enterprise (size_class, id DESC);
CREATE INDEX enterprise_ownership_idx ON enterprise (ownership_code, id DESC);
CREATE INDEX enterprise_tags_idx ON enterprise USING gin (tags);
-- Substring search on names (企业名称模糊查询) without a sequential scan.
CREATE INDEX enterprise_name_trgm_idx ON enterprise USING gin (name gin_trgm_ops);
