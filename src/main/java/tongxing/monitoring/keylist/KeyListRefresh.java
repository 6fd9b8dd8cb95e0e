package tongxing.monitoring.keylist;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseLocations;
import tongxing.monitoring.detection.DetectionFinished;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings the key-enterprise list (重点企业清单) in line with the latest detected month, set-based,
 * in the detection's transaction: enterprises with signals are proposed (risk = their highest
 * level), those no longer detected drop out, manual INCLUDE/EXCLUDE overrides win over both,
 * and every entry and exit is recorded with its date and reason.
 */
@Component
class KeyListRefresh {

    private final JdbcClient jdbc;
    private final EnterpriseLocations locations;

    KeyListRefresh(JdbcClient jdbc, EnterpriseLocations locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    @EventListener
    void onDetectionFinished(DetectionFinished finished) {
        if (finished.latest()) refresh(finished.runId(), finished.month());
    }

    /**
     * One statement: the proposal (the run's signals by enterprise) is computed once and every
     * change reads the list as it was before it, so the order of the parts does not matter: the
     * entries and exits are recorded, the enterprises no longer detected are taken off (unless
     * kept by hand) and the proposed ones put on (unless excluded by hand). Then the names of
     * the new rows come from the registry.
     */
    void refresh(long runId, LocalDate month) {
        LocalDate today = LocalDate.now();
        jdbc.sql("""
                        WITH proposed AS MATERIALIZED (
                            SELECT uscc, min(region_code) AS region_code,
                                   (array_agg(level ORDER BY CASE level WHEN 'RED' THEN 1 WHEN 'ORANGE' THEN 2 ELSE 3 END))[1] AS risk,
                                   array_agg(DISTINCT rule_code ORDER BY rule_code) AS rules,
                                   left(string_agg(reason, '；' ORDER BY rule_code), 480) AS reasons,
                                   jsonb_agg(jsonb_build_object('key', reason_key, 'args', reason_args) ORDER BY rule_code) AS signals
                            FROM monitoring_signal WHERE run_id = :run GROUP BY uscc
                        ), entries AS (
                            INSERT INTO monitoring_key_enterprise_event (uscc, region_code, event, occurred_on, reason, actor,
                                                                         reason_key, reason_args)
                            SELECT p.uscc, p.region_code, 'ENTER', :today, '预警检测（' || :ym || '）：' || p.reasons, 'DETECTION',
                                   'feeds.event.reason.detected', jsonb_build_object('month', :ym, 'signals', p.signals)
                            FROM proposed p LEFT JOIN monitoring_key_enterprise k ON k.uscc = p.uscc
                            WHERE (k.uscc IS NULL OR NOT k.listed) AND k.override IS DISTINCT FROM 'EXCLUDE'
                        ), exits AS (
                            INSERT INTO monitoring_key_enterprise_event (uscc, region_code, event, occurred_on, reason, actor,
                                                                         reason_key, reason_args)
                            SELECT k.uscc, k.region_code, 'EXIT', :today, '预警检测（' || :ym || '）未再发现风险信号', 'DETECTION',
                                   'feeds.event.reason.cleared', jsonb_build_object('month', :ym)
                            FROM monitoring_key_enterprise k
                            WHERE k.listed AND k.detected AND k.override IS DISTINCT FROM 'INCLUDE'
                              AND NOT EXISTS (SELECT 1 FROM proposed p WHERE p.uscc = k.uscc)
                        ), dropped AS (
                            UPDATE monitoring_key_enterprise k
                            SET detected = false, risk_level = NULL, rule_codes = '{}', listed = k.override IS NOT DISTINCT FROM 'INCLUDE',
                                listed_since = CASE WHEN k.override = 'INCLUDE' THEN k.listed_since END,
                                updated_at = now(), version = k.version + 1
                            WHERE k.detected AND NOT EXISTS (SELECT 1 FROM proposed p WHERE p.uscc = k.uscc)
                        )
                        INSERT INTO monitoring_key_enterprise AS k (uscc, region_code, listed, risk_level, detected, rule_codes,
                                                                    detected_month, listed_since)
                        SELECT p.uscc, p.region_code, true, p.risk, true, p.rules, :month, :today FROM proposed p
                        ON CONFLICT (uscc) DO UPDATE SET
                            region_code = EXCLUDED.region_code, risk_level = EXCLUDED.risk_level, detected = true,
                            rule_codes = EXCLUDED.rule_codes, detected_month = EXCLUDED.detected_month,
                            listed = k.override IS DISTINCT FROM 'EXCLUDE',
                            listed_since = CASE WHEN k.override = 'EXCLUDE' THEN NULL
                                                WHEN k.listed THEN k.listed_since ELSE EXCLUDED.listed_since END,
                            updated_at = now(), version = k.version + 1
                        WHERE (k.region_code, k.risk_level, k.detected, k.rule_codes, k.detected_month)
                              IS DISTINCT FROM (EXCLUDED.region_code, EXCLUDED.risk_level, true, EXCLUDED.rule_codes, EXCLUDED.detected_month)""")
                .param("run", runId).param("today", today).param("ym", month.toString().substring(0, 7)).param("month", month)
                .update();
        fillNames();
    }

    /** Name and industry section from the registry, for rows that do not have them yet, in one statement. */
    void fillNames() {
        List<String> missing = jdbc.sql("SELECT uscc FROM monitoring_key_enterprise WHERE name IS NULL")
                .query((rs, n) -> rs.getString(1)).list();
        if (missing.isEmpty()) return;
        Map<String, EnterpriseLocations.Location> found = locations.locate(missing);
        if (found.isEmpty()) return;
        List<String> usccs = new ArrayList<>(found.keySet());
        jdbc.sql("""
                        UPDATE monitoring_key_enterprise k SET name = v.name, industry_section = v.section
                        FROM unnest(CAST(:usccs AS text[]), CAST(:names AS text[]), CAST(:sections AS text[])) AS v(uscc, name, section)
                        WHERE k.uscc = CAST(v.uscc AS char(18))""")
                .param("usccs", usccs.toArray(String[]::new))
                .param("names", usccs.stream().map(u -> found.get(u).name()).toArray(String[]::new))
                .param("sections", usccs.stream().map(u -> found.get(u).industrySection()).toArray(String[]::new))
                .update();
    }
}
