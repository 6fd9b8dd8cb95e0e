-- 企业薪酬调查反馈报告: one PDF per accepted enterprise of a survey year, generated in batches
-- against a published guideline edition, with its delivery: first download by the enterprise,
-- e-mail through the platform's notification outbox (sent_at once the mail server took it).
CREATE TABLE wage_feedback_batch (
    id          bigserial PRIMARY KEY,
    year        integer NOT NULL REFERENCES wage_survey (year),
    edition_id  bigint NOT NULL REFERENCES wage_guideline_edition (id),
    status      varchar(10) NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'FINISHED', 'FAILED')),
    total       integer NOT NULL DEFAULT 0,
    done        integer NOT NULL DEFAULT 0,
    error       varchar(1000),
    started_by  varchar(100) NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX wage_feedback_batch_year_idx ON wage_feedback_batch (year, id DESC);

CREATE TABLE wage_feedback_report (
    id                   bigserial PRIMARY KEY,
    year                 integer NOT NULL,
    survey_enterprise_id bigint NOT NULL UNIQUE REFERENCES wage_survey_enterprise (id) ON DELETE CASCADE,
    uscc                 char(18) NOT NULL,
    region_code          varchar(12) NOT NULL,
    edition_id           bigint NOT NULL REFERENCES wage_guideline_edition (id),
    batch_id             bigint REFERENCES wage_feedback_batch (id),
    pdf                  bytea NOT NULL,
    generated_at         timestamptz NOT NULL DEFAULT now(),
    first_downloaded_at  timestamptz,
    first_downloaded_by  varchar(100),
    email                varchar(254),
    emailed_at           timestamptz,
    notification_id      bigint,
    sent_at              timestamptz
);
CREATE INDEX wage_feedback_report_year_region_idx ON wage_feedback_report (year, region_code);
CREATE INDEX wage_feedback_report_uscc_idx ON wage_feedback_report (uscc, year);
