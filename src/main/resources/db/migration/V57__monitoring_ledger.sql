-- 指导服务台账 (plan section 六(二)2): per key enterprise, what staff enter. Name, city, industry and
-- headcounts come from the registry and the feeds; the layoff fields from the reviewed layoff plan when there is one.
CREATE TABLE monitoring_ledger_entry (
    uscc               char(18) PRIMARY KEY,
    region_code        varchar(12) NOT NULL,
    policies           varchar(2000),          -- 已享受的稳岗政策
    planned_layoffs    integer CHECK (planned_layoffs >= 0),   -- 本年度计划裁员人数 (when no reviewed plan)
    laid_off           integer CHECK (laid_off >= 0),          -- 已裁员人数
    positions          varchar(500),           -- 裁员岗位 (when no reviewed plan)
    severance_standard varchar(500),           -- 经济补偿标准 (when no reviewed plan)
    ability_to_pay     varchar(500),           -- 支付能力评估 (when no reviewed plan)
    updated_by         varchar(100),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_ledger_entry_region_idx ON monitoring_ledger_entry (region_code);

-- 跟踪指导情况: dated follow-up guidance records.
CREATE TABLE monitoring_ledger_followup (
    id          bigserial PRIMARY KEY,
    uscc        char(18) NOT NULL,
    region_code varchar(12) NOT NULL,
    visited_on  date NOT NULL,
    note        varchar(2000) NOT NULL,
    recorded_by varchar(100) NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX monitoring_ledger_followup_uscc_idx ON monitoring_ledger_followup (uscc, visited_on DESC);
