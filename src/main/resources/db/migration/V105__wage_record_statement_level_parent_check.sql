-- Loading survey records (bench 5, issue #4): the foreign key of wage_employee_record to
-- wage_survey_enterprise checked every row on its own (one RI trigger and one index probe of the
-- parent per record): measured on the bench data, a COPY of 10,000 records of one return took
-- 430-490 ms with it and 180-245 ms with the same rule checked once per statement instead.
-- An upload writes thousands of records of ONE return per statement, so the rule is now checked
-- per statement, with the same guarantees:
--  * every record names an existing survey return: after each INSERT or UPDATE statement, the
--    distinct returns of the new rows are locked FOR KEY SHARE (as the foreign key locks them, so a
--    concurrent delete waits for this transaction) and must all be found;
--  * deleting a survey return deletes its records (was ON DELETE CASCADE), after the statement;
--  * TRUNCATE of the returns empties the records too (the foreign key refused it without CASCADE).
ALTER TABLE wage_employee_record DROP CONSTRAINT wage_employee_record_survey_enterprise_id_fkey;

CREATE FUNCTION wage_record_parent_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
    found_ids integer;
BEGIN
    SELECT array_agg(DISTINCT survey_enterprise_id) INTO ids FROM new_records;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT count(*) INTO found_ids
    FROM (SELECT 1 FROM wage_survey_enterprise WHERE id = ANY (ids) FOR KEY SHARE) locked;
    IF found_ids <> cardinality(ids) THEN
        RAISE EXCEPTION 'wage_employee_record names a survey return that does not exist (one of %)', ids
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER wage_record_parent_check_insert
    AFTER INSERT ON wage_employee_record REFERENCING NEW TABLE AS new_records
    FOR EACH STATEMENT EXECUTE FUNCTION wage_record_parent_check();
CREATE TRIGGER wage_record_parent_check_update
    AFTER UPDATE ON wage_employee_record REFERENCING NEW TABLE AS new_records
    FOR EACH STATEMENT EXECUTE FUNCTION wage_record_parent_check();

CREATE FUNCTION wage_survey_enterprise_drop_records() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE wage_employee_record;
    ELSE
        DELETE FROM wage_employee_record r USING old_returns o WHERE r.survey_enterprise_id = o.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER wage_survey_enterprise_drop_records
    AFTER DELETE ON wage_survey_enterprise REFERENCING OLD TABLE AS old_returns
    FOR EACH STATEMENT EXECUTE FUNCTION wage_survey_enterprise_drop_records();
CREATE TRIGGER wage_survey_enterprise_truncate_records
    BEFORE TRUNCATE ON wage_survey_enterprise
    FOR EACH STATEMENT EXECUTE FUNCTION wage_survey_enterprise_drop_records();

-- The survey return's id is what records name: it never changes (the foreign key refused that too).
CREATE FUNCTION wage_survey_enterprise_keep_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the id of a survey return never changes' USING ERRCODE = 'foreign_key_violation';
END $$;

CREATE TRIGGER wage_survey_enterprise_keep_id
    BEFORE UPDATE OF id ON wage_survey_enterprise
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION wage_survey_enterprise_keep_id();
