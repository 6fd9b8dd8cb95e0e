-- Feedback batches run as persistent tasks (db-scheduler) and resume after a restart: each run of
-- the task counts as an attempt, so that a batch that keeps killing its node stops with a reason.
ALTER TABLE wage_feedback_batch ADD COLUMN attempts integer NOT NULL DEFAULT 0;

-- The outlier check keeps its reference pools (ln pay of the stored records by year and occupation)
-- in memory, valid for one version of the stored records. Every statement that writes employee
-- records, by any path (upload, cascade from a survey enterprise, a bulk COPY), raises the version,
-- so a pool read before is never used again.
CREATE TABLE wage_record_pool_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint NOT NULL
);
INSERT INTO wage_record_pool_version (id, version) VALUES (true, 0);

CREATE FUNCTION wage_record_pool_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE wage_record_pool_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER wage_employee_record_pool_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON wage_employee_record
    FOR EACH STATEMENT EXECUTE FUNCTION wage_record_pool_changed();
