-- Each feed table had PRIMARY KEY (month, uscc) and monitoring_headcount also (uscc, month DESC) (V59):
-- inside a month partition both are indexes on uscc, so a month's load built and kept two. One key
-- (uscc, month) serves both: a month's facts by USCC (the partition is one month), and an enterprise's
-- months newest first (a backward scan, V59's "latest headcount" lookup). A partitioned table's unique
-- key must contain the partition key; it does. Dropping the parent's key and index drops the
-- partitions' ones; adding the key builds it on every partition (on the populated bench databases too).
DROP INDEX IF EXISTS monitoring_headcount_uscc_month_idx;

ALTER TABLE monitoring_headcount DROP CONSTRAINT monitoring_headcount_pkey;
ALTER TABLE monitoring_headcount ADD PRIMARY KEY (uscc, month);

ALTER TABLE monitoring_employment_filing DROP CONSTRAINT monitoring_employment_filing_pkey;
ALTER TABLE monitoring_employment_filing ADD PRIMARY KEY (uscc, month);

ALTER TABLE monitoring_unemployment DROP CONSTRAINT monitoring_unemployment_pkey;
ALTER TABLE monitoring_unemployment ADD PRIMARY KEY (uscc, month);

ALTER TABLE monitoring_dispute DROP CONSTRAINT monitoring_dispute_pkey;
ALTER TABLE monitoring_dispute ADD PRIMARY KEY (uscc, month);

ALTER TABLE monitoring_complaint DROP CONSTRAINT monitoring_complaint_pkey;
ALTER TABLE monitoring_complaint ADD PRIMARY KEY (uscc, month);
