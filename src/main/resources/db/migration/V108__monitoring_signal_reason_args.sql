-- A signal's explanation in the reader's language. `reason` stays the Chinese sentence that
-- detection writes (exports and records keep it); `reason_key` names the bundle message of the
-- same sentence and `reason_args` holds its figures as text, so that the screen can say it in the
-- user's language. Signals written before this migration have neither and show `reason` as stored.
ALTER TABLE monitoring_signal
    ADD COLUMN reason_key  varchar(64),
    ADD COLUMN reason_args jsonb;

-- A clue keeps the explanation of the signal it was made from (signals of old runs may go).
ALTER TABLE monitoring_clue
    ADD COLUMN signal_reason_key  varchar(64),
    ADD COLUMN signal_reason_args jsonb;

-- The figures of a sentence written before this migration, read back from it by the rule's own
-- wording: NULL for a sentence no rule writes. Kept (not dropped) so that a test can check it
-- against every rule's sentence.
CREATE FUNCTION monitoring_signal_reason_parse(reason text, OUT key text, OUT args jsonb)
    LANGUAGE plpgsql IMMUTABLE STRICT
AS $$
DECLARE
    m text[];
BEGIN
    m := regexp_match(reason, '^参保人数环比减少 (\d+) 人（(\d{4}-\d{2}) 月 (\d+) 人 → (\d{4}-\d{2}) 月 (\d+) 人，降幅 ([\d.]+)%），'
                              || '达到《劳动合同法》第四十一条裁员人数标准（(\d+) 人以上，或不足 \d+ 人但占职工总数 ([\d.]+)% 以上）$');
    IF m IS NOT NULL THEN key := 'feeds.reason.HEADCOUNT_DROP_MONTH'; args := to_jsonb(m); RETURN; END IF;
    m := regexp_match(reason, '^近三个月参保人数累计减少 (\d+) 人（(\d{4}-\d{2}) 月 (\d+) 人 → (\d{4}-\d{2}) 月 (\d+) 人，降幅 ([\d.]+)%），'
                              || '达到《劳动合同法》第四十一条裁员人数标准$');
    IF m IS NOT NULL THEN key := 'feeds.reason.HEADCOUNT_DROP_QUARTER'; args := to_jsonb(m); RETURN; END IF;
    m := regexp_match(reason, '^连续欠缴社会保险费 (\d+) 个月（预警线 (\d+) 个月）$');
    IF m IS NOT NULL THEN key := 'feeds.reason.CONTRIBUTION_ARREARS'; args := to_jsonb(m); RETURN; END IF;
    m := regexp_match(reason, '^当月受理拖欠工资投诉举报 (\d+) 件（预警线 (\d+) 件）$');
    IF m IS NOT NULL THEN key := 'feeds.reason.WAGE_ARREARS_COMPLAINT'; args := to_jsonb(m); RETURN; END IF;
    m := regexp_match(reason, '^当月发生集体劳动争议 (\d+) 件（劳动者 10 人以上），争议案件共 (\d+) 件、涉及 (\d+) 人$');
    IF m IS NOT NULL THEN key := 'feeds.reason.DISPUTE_CLUSTER.collective'; args := to_jsonb(m); RETURN; END IF;
    -- Not collective: no collective case ({0} = 0), as the rule's CASE chooses this wording.
    m := regexp_match(reason, '^当月劳动争议案件 (\d+) 件、涉及 (\d+) 人（预警线 (\d+) 件）$');
    IF m IS NOT NULL THEN key := 'feeds.reason.DISPUTE_CLUSTER'; args := to_jsonb(ARRAY['0'] || m); RETURN; END IF;
    m := regexp_match(reason, '^当月有 (\d+) 人办理失业登记、最后就业单位为该企业（预警线 (\d+) 人）$');
    IF m IS NOT NULL THEN key := 'feeds.reason.UNEMPLOYMENT_REGISTRATIONS'; args := to_jsonb(m); RETURN; END IF;
    m := regexp_match(reason, '^参保职工 (\d+) 人，达到大型用工企业标准（(\d+) 人以上），列入用工指导名单$');
    IF m IS NOT NULL THEN key := 'feeds.reason.LARGE_EMPLOYER'; args := to_jsonb(m); RETURN; END IF;
END;
$$;

UPDATE monitoring_signal s SET reason_key = p.key, reason_args = p.args
FROM (SELECT id, (monitoring_signal_reason_parse(reason)).* FROM monitoring_signal WHERE reason_key IS NULL) p
WHERE p.id = s.id AND p.key IS NOT NULL;

UPDATE monitoring_clue c SET signal_reason_key = p.key, signal_reason_args = p.args
FROM (SELECT id, (monitoring_signal_reason_parse(signal_reason)).* FROM monitoring_clue
      WHERE signal_reason IS NOT NULL AND signal_reason_key IS NULL) p
WHERE p.id = c.id AND p.key IS NOT NULL;
