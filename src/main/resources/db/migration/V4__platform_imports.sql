-- Import history and row-level errors, shared by every module's imports.
CREATE TABLE platform_import_job (
    id            bigserial PRIMARY KEY,
    kind          varchar(40) NOT NULL,
    file_name     varchar(255) NOT NULL,
    stored_path   varchar(500),
    username      varchar(50) NOT NULL,
    region_code   varchar(12),
    status        varchar(20) NOT NULL,   -- VALIDATED / COMMITTED / CANCELLED / FAILED
    total_rows    integer NOT NULL DEFAULT 0,
    valid_rows    integer NOT NULL DEFAULT 0,
    error_rows    integer NOT NULL DEFAULT 0,
    inserted_rows integer NOT NULL DEFAULT 0,
    updated_rows  integer NOT NULL DEFAULT 0,
    unchanged_rows integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
CREATE INDEX platform_import_job_user_idx ON platform_import_job (username, created_at DESC);

CREATE TABLE platform_import_error (
    job_id     bigint NOT NULL REFERENCES platform_import_job (id) ON DELETE CASCADE,
    row_number integer NOT NULL,
    column_name varchar(60) NOT NULL,
    value      varchar(500),
    reason     varchar(300) NOT NULL
);
CREATE INDEX platform_import_error_job_idx ON platform_import_error (job_id, row_number);
