-- The service ledger's "目前职工数量" is each listed enterprise's latest month of insured headcount:
-- SELECT ... WHERE uscc = ? ORDER BY month DESC LIMIT 1. The primary key (month, uscc) cannot answer
-- that without reading every month's partition index in full; this one (created on every partition)
-- answers it with one short index probe per partition, newest month first.
CREATE INDEX monitoring_headcount_uscc_month_idx ON monitoring_headcount (uscc, month DESC);

-- The ledger's reviewed-plan lookup and "only enterprises with layoffs" filter: by enterprise and status.
CREATE INDEX monitoring_layoff_plan_uscc_status_idx ON monitoring_layoff_plan (uscc, status, reviewed_on DESC);
