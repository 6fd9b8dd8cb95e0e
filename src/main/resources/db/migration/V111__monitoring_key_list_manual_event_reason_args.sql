-- Entries and exits made by hand in the reader's language (as V109 did for detection's): the key of
-- "人工纳入：…" / "人工移出：…" and the reason its user typed, which stays as typed.
UPDATE monitoring_key_enterprise_event e
SET reason_key = CASE x.m[1] WHEN '人工纳入' THEN 'feeds.keylist.eventIncluded' ELSE 'feeds.keylist.eventExcluded' END,
    reason_args = jsonb_build_object('typed', x.m[2])
FROM (SELECT id, regexp_match(reason, '^(人工纳入|人工移出)：(.*)$') AS m
      FROM monitoring_key_enterprise_event WHERE actor <> 'DETECTION' AND reason_key IS NULL) x
WHERE x.id = e.id AND x.m IS NOT NULL;
