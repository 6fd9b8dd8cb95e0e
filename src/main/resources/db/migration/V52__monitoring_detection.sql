-- Detection rule sets: thresholds are data, every change is a new version with who and why.
CREATE TABLE monitoring_rule_set (
    version    integer PRIMARY KEY,
    parameters jsonb NOT NULL,
    note       varchar(500),
    changed_by varchar(100) NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO monitoring_rule_set (version, parameters, note, changed_by) VALUES (1, '{
  "layoffMinPeople": 20,
  "layoffMinPercent": 10,
  "arrearsMonths": 3,
  "wageArrearsComplaints": 1,
  "disputeCases": 3,
  "unemploymentRegistrations": 5,
  "largeEmployerInsured": 1000
}', '初始规则（劳动合同法第四十一条裁员人数标准等）', 'system');

-- The key list keeps what its screens filter on, copied from the registry when an enterprise
-- is proposed, so that list queries never join the enterprise module's table.
ALTER TABLE monitoring_key_enterprise
    ADD COLUMN name             varchar(200),
    ADD COLUMN industry_section char(1),
    ADD COLUMN rule_codes       text[] NOT NULL DEFAULT '{}',
    ADD COLUMN detected_month   date;
CREATE INDEX monitoring_key_enterprise_listed_idx ON monitoring_key_enterprise (listed, risk_level);
CREATE INDEX monitoring_key_enterprise_rules_idx ON monitoring_key_enterprise USING gin (rule_codes);
CREATE INDEX monitoring_signal_month_idx ON monitoring_signal (month, region_code);
