-- Import jobs: why a commit failed, where the row-level error report lies, and the states a
-- job goes through. Errors remember their file column so the report lists them in sheet order.
ALTER TABLE platform_import_job
    ADD COLUMN message varchar(1000),
    ADD COLUMN error_report_path varchar(500),
    ADD CONSTRAINT platform_import_job_status_check
        CHECK (status IN ('VALIDATING', 'VALIDATED', 'COMMITTED', 'CANCELLED', 'FAILED'));

ALTER TABLE platform_import_error ADD COLUMN column_index integer NOT NULL DEFAULT -1;

-- Import history: everything newest first (province), by region (city bureaus).
CREATE INDEX platform_import_job_created_idx ON platform_import_job (created_at DESC, id DESC);
CREATE INDEX platform_import_job_region_idx ON platform_import_job (region_code, created_at DESC, id DESC);
