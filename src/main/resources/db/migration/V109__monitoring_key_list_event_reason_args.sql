-- An entry into or exit from the key-enterprise list made by detection, in the reader's language
-- (as V108 did for signals). `reason` stays the Chinese text as written; `reason_key` names the
-- bundle message and `reason_args` holds {"month": "YYYY-MM", "signals": [{"key": ..., "args": [...]}, ...]}:
-- the month and, for an entry, the explanation of each signal behind it. Entries and exits made by
-- hand keep the reason their user typed and have neither.
ALTER TABLE monitoring_key_enterprise_event
    ADD COLUMN reason_key  varchar(64),
    ADD COLUMN reason_args jsonb;

-- The key and figures of a text detection wrote before this migration; NULL for any other text,
-- and for an entry whose list of signals was cut at 480 characters. An entry joins its signals'
-- sentences with '；', which no sentence contains. Kept so that a test can check it against what
-- detection writes now.
CREATE FUNCTION monitoring_key_list_event_reason_parse(reason text, OUT key text, OUT args jsonb)
    LANGUAGE plpgsql STABLE STRICT
AS $$
DECLARE
    m       text[];
    signals jsonb := '[]';
    part    record;
BEGIN
    m := regexp_match(reason, '^预警检测（(\d{4}-\d{2})）未再发现风险信号$');
    IF m IS NOT NULL THEN
        key := 'feeds.event.reason.cleared'; args := jsonb_build_object('month', m[1]); RETURN;
    END IF;
    m := regexp_match(reason, '^预警检测（(\d{4}-\d{2})）：(.+)$');
    IF m IS NULL THEN RETURN; END IF;
    FOR part IN SELECT p.key, p.args FROM regexp_split_to_table(m[2], '；') WITH ORDINALITY AS s (sentence, ord)
                CROSS JOIN LATERAL monitoring_signal_reason_parse(s.sentence) p ORDER BY s.ord LOOP
        IF part.key IS NULL THEN RETURN; END IF;
        signals := signals || jsonb_build_array(jsonb_build_object('key', part.key, 'args', part.args));
    END LOOP;
    key := 'feeds.event.reason.detected'; args := jsonb_build_object('month', m[1], 'signals', signals);
END;
$$;

UPDATE monitoring_key_enterprise_event e SET reason_key = p.key, reason_args = p.args
FROM (SELECT id, (monitoring_key_list_event_reason_parse(reason)).* FROM monitoring_key_enterprise_event
      WHERE actor = 'DETECTION' AND reason_key IS NULL) p
WHERE p.id = e.id AND p.key IS NOT NULL;
