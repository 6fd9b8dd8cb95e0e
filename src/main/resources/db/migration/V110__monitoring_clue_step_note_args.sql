-- A clue's assignment step in the reader's language (as V108 did for signals): `note` stays the
-- Chinese text as written ("交办 海口市人社局，期限 2026-12-17", and the user's note after "。");
-- `note_key` names the bundle message and `note_args` holds the assignee, the deadline and the
-- user's note as typed. Other steps are the user's own words and have neither.
ALTER TABLE monitoring_clue_step
    ADD COLUMN note_key  varchar(64),
    ADD COLUMN note_args jsonb;

UPDATE monitoring_clue_step s
SET note_key = CASE WHEN m[3] IS NULL THEN 'casework.clue.step.assigned' ELSE 'casework.clue.step.assignedWithNote' END,
    note_args = CASE WHEN m[3] IS NULL THEN jsonb_build_array(m[1], m[2]) ELSE jsonb_build_array(m[1], m[2], m[3]) END
FROM (SELECT id, regexp_match(note, '^交办 (.+?)，期限 (\d{4}-\d{2}-\d{2})(?:。(.*))?$') AS m
      FROM monitoring_clue_step WHERE action = 'ASSIGN' AND note_key IS NULL) x
WHERE x.id = s.id AND x.m IS NOT NULL;
