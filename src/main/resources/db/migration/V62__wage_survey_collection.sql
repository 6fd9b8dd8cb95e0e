-- Program 7 survey collection: what V60 needs beyond the core for the campaign and the returns.
-- ALTERs wage_survey_enterprise (owned by V60): selection, totals of the stored records, confirmation
-- of outlier warnings, and who returned a return.
ALTER TABLE wage_survey_enterprise
    ADD COLUMN selected_by           varchar(100),
    ADD COLUMN selected_at           timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN record_count          integer NOT NULL DEFAULT 0,
    ADD COLUMN record_pay            numeric(16, 2) NOT NULL DEFAULT 0,
    ADD COLUMN warning_count         integer NOT NULL DEFAULT 0,
    ADD COLUMN warnings_confirmed_at timestamptz,
    ADD COLUMN warnings_confirmed_by varchar(100),
    ADD COLUMN returned_at           timestamptz,
    ADD COLUMN returned_by           varchar(100);

-- V60 made title_level varchar(10), too short for its own code INTERMEDIATE (12 letters).
ALTER TABLE wage_employee_record ALTER COLUMN title_level TYPE varchar(12);

-- One uploaded employee-record file of a return, accepted (its rows replaced the return's records)
-- or rejected (it had errors; the records stayed as they were).
CREATE TABLE wage_upload (
    id                   bigserial PRIMARY KEY,
    survey_enterprise_id bigint NOT NULL REFERENCES wage_survey_enterprise (id) ON DELETE CASCADE,
    file_name            varchar(255) NOT NULL,
    rows_read            integer NOT NULL,
    error_count          integer NOT NULL,
    warning_count        integer NOT NULL,
    accepted             boolean NOT NULL,
    uploaded_by          varchar(100) NOT NULL,
    uploaded_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wage_upload_return_idx ON wage_upload (survey_enterprise_id, id DESC);

-- The row-level report of an upload: row, column, value, reason; ERROR rejects the file, WARNING
-- (an outlier) must be confirmed by the enterprise.
CREATE TABLE wage_upload_issue (
    upload_id   bigint NOT NULL REFERENCES wage_upload (id) ON DELETE CASCADE,
    line_no     integer NOT NULL,
    column_name varchar(40) NOT NULL,
    cell_value  varchar(200),
    reason      varchar(300) NOT NULL,
    severity    varchar(7) NOT NULL CHECK (severity IN ('ERROR', 'WARNING'))
);
CREATE INDEX wage_upload_issue_upload_idx ON wage_upload_issue (upload_id, line_no);
