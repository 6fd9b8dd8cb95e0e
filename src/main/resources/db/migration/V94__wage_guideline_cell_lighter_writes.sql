-- A draft edition writes a quarter of a million cells for a million employee records (bench 7).
-- Two indexes no query uses and a trigger query per inserted row cost ~40% of PostgreSQL's CPU
-- for that COPY; the lists read cells by the primary key (edition, dimension, value, occupation).

-- Lists filter by edition + dimension + value and order by occupation code (the primary key);
-- an occupation name is searched with LIKE '%…%', which a b-tree cannot serve.
DROP INDEX wage_guideline_cell_occ_idx;
DROP INDEX wage_guideline_cell_name_idx;

-- A published edition still cannot change (V65): UPDATE and DELETE stay checked row by row;
-- INSERT is checked once per statement over the editions the new rows belong to.
DROP TRIGGER wage_guideline_cell_frozen ON wage_guideline_cell;
CREATE TRIGGER wage_guideline_cell_frozen BEFORE UPDATE OR DELETE ON wage_guideline_cell
    FOR EACH ROW EXECUTE FUNCTION wage_guideline_cell_frozen();

CREATE FUNCTION wage_guideline_cell_insert_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    edition bigint;
BEGIN
    FOR edition IN SELECT DISTINCT n.edition_id FROM new_cells n LOOP
        IF EXISTS (SELECT 1 FROM wage_guideline_edition e WHERE e.id = edition AND e.status = 'PUBLISHED') THEN
            RAISE EXCEPTION 'wage guideline edition % is published and its cells cannot be changed', edition
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER wage_guideline_cell_insert_frozen AFTER INSERT ON wage_guideline_cell
    REFERENCING NEW TABLE AS new_cells FOR EACH STATEMENT EXECUTE FUNCTION wage_guideline_cell_insert_frozen();
