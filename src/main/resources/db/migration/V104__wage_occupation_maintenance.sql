-- 职业分类 maintained by the provincial office (issue #4): the official table (人社部 2022 分类体系表) is
-- loaded and kept up to date through the import 职业分类导入 (tongxing.wage.occupation.OccupationImport),
-- an upsert by code that never deletes. What V61 loaded stays as it is.
--
--  * disabled (停用): a code withdrawn by the office. New survey records may not name it; records and
--    published editions that already do keep it, with its name.
--  * updated_at/updated_by: the last change of name, GBM code or the disabled flag (the audit log has
--    every change with the values before and after).
--  * A code is the identity of its row: code, parent and level never change (parent and level follow
--    from the code), and a code named by a survey record or a published guideline cell cannot be
--    deleted. The import only inserts and updates; the triggers hold for any other writer too.
ALTER TABLE wage_occupation
    ADD COLUMN disabled   boolean NOT NULL DEFAULT false,
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by varchar(100);

-- The parent must be the code without its last segment ("2-02-01-01" -> "2-02-01"), the level the
-- number of segments: the same rule as OccupationCodes and the import.
ALTER TABLE wage_occupation
    ADD CONSTRAINT wage_occupation_level_from_code
        CHECK (level = array_length(string_to_array(code, '-'), 1)),
    ADD CONSTRAINT wage_occupation_parent_from_code
        CHECK (parent_code IS NULL OR parent_code = regexp_replace(code, '-[0-9]{2}$', ''));

CREATE FUNCTION wage_occupation_keep_identity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.code <> OLD.code OR NEW.parent_code IS DISTINCT FROM OLD.parent_code OR NEW.level <> OLD.level THEN
            RAISE EXCEPTION 'occupation % keeps its code, parent and level', OLD.code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM wage_employee_record WHERE occupation_code = OLD.code)
       OR EXISTS (SELECT 1 FROM wage_guideline_cell c JOIN wage_guideline_edition e ON e.id = c.edition_id
                  WHERE c.occupation_code = OLD.code AND e.status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'occupation % is used by survey records or a published edition and cannot be deleted', OLD.code
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER wage_occupation_keep_identity
    BEFORE UPDATE OR DELETE ON wage_occupation
    FOR EACH ROW EXECUTE FUNCTION wage_occupation_keep_identity();
