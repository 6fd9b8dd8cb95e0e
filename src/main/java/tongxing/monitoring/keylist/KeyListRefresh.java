package tongxing.monitoring.keylist;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseLocations;
import tongxing.monitoring.detection.DetectionFinished;

import java.time.LocalDate;
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

    void refresh(long runId, LocalDate month) {
        LocalDate today = LocalDate.now();
        jdbc.sql("DROP TABLE IF EXISTS monitoring_key_proposed").update();
        jdbc.sql("""
                        CREATE TEMP TABLE monitoring_key_proposed ON COMMIT DROP AS
                        SELECT uscc, min(region_code) AS region_code,
                               (array_agg(level ORDER BY CASE level WHEN 'RED' THEN 1 WHEN 'ORANGE' THEN 2 ELSE 3 END))[1] AS risk,
                               array_agg(DISTINCT rule_code ORDER BY rule_code) AS rules,
                               left(string_agg(reason, '；' ORDER BY rule_code), 480) AS reasons
                        FROM monitoring_signal WHERE run_id = :run GROUP BY uscc""")
                .param("run", runId).update();
        jdbc.sql("ALTER TABLE monitoring_key_proposed ADD PRIMARY KEY (uscc)").update();
        jdbc.sql("ANALYZE monitoring_key_proposed").update();
        String ym = month.toString().substring(0, 7);
        // Entries: proposed, not listed yet, not excluded by hand.
        jdbc.sql("""
                        INSERT INTO monitoring_key_enterprise_event (uscc, region_code, event, occurred_on, reason, actor)
                        SELECT p.uscc, p.region_code, 'ENTER', :today, '预警检测（' || :ym || '）：' || p.reasons, 'DETECTION'
                        FROM monitoring_key_proposed p LEFT JOIN monitoring_key_enterprise k ON k.uscc = p.uscc
                        WHERE (k.uscc IS NULL OR NOT k.listed) AND k.override IS DISTINCT FROM 'EXCLUDE'""")
                .param("today", today).param("ym", ym).update();
        // Exits: listed because detected, not kept by hand, no signal any more.
        jdbc.sql("""
                        INSERT INTO monitoring_key_enterprise_event (uscc, region_code, event, occurred_on, reason, actor)
                        SELECT k.uscc, k.region_code, 'EXIT', :today, '预警检测（' || :ym || '）未再发现风险信号', 'DETECTION'
                        FROM monitoring_key_enterprise k
                        WHERE k.listed AND k.detected AND k.override IS DISTINCT FROM 'INCLUDE'
                          AND NOT EXISTS (SELECT 1 FROM monitoring_key_proposed p WHERE p.uscc = k.uscc)""")
                .param("today", today).param("ym", ym).update();
        jdbc.sql("""
                        UPDATE monitoring_key_enterprise k
                        SET detected = false, risk_level = NULL, rule_codes = '{}', listed = k.override IS NOT DISTINCT FROM 'INCLUDE',
                            listed_since = CASE WHEN k.override = 'INCLUDE' THEN k.listed_since END,
                            updated_at = now(), version = k.version + 1
                        WHERE k.detected AND NOT EXISTS (SELECT 1 FROM monitoring_key_proposed p WHERE p.uscc = k.uscc)""")
                .update();
        jdbc.sql("""
                        INSERT INTO monitoring_key_enterprise AS k (uscc, region_code, listed, risk_level, detected, rule_codes,
                                                                    detected_month, listed_since)
                        SELECT p.uscc, p.region_code, true, p.risk, true, p.rules, :month, :today FROM monitoring_key_proposed p
                        ON CONFLICT (uscc) DO UPDATE SET
                            region_code = EXCLUDED.region_code, risk_level = EXCLUDED.risk_level, detected = true,
                            rule_codes = EXCLUDED.rule_codes, detected_month = EXCLUDED.detected_month,
                            listed = k.override IS DISTINCT FROM 'EXCLUDE',
                            listed_since = CASE WHEN k.override = 'EXCLUDE' THEN NULL
                                                WHEN k.listed THEN k.listed_since ELSE EXCLUDED.listed_since END,
                            updated_at = now(), version = k.version + 1
                        WHERE (k.region_code, k.risk_level, k.detected, k.rule_codes, k.detected_month)
                              IS DISTINCT FROM (EXCLUDED.region_code, EXCLUDED.risk_level, true, EXCLUDED.rule_codes, EXCLUDED.detected_month)""")
                .param("month", month).param("today", today).update();
        fillNames();
    }

    /** Name and industry section from the registry, for rows that do not have them yet. */
    void fillNames() {
        List<String> missing = jdbc.sql("SELECT uscc FROM monitoring_key_enterprise WHERE name IS NULL")
                .query((rs, n) -> rs.getString(1)).list();
        if (missing.isEmpty()) return;
        Map<String, EnterpriseLocations.Location> found = locations.locate(missing);
        StringBuilder values = new StringBuilder();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        int i = 0;
        for (var e : found.entrySet()) {
            if (i > 0 && i % 1000 == 0) {
                flushNames(values, params);
                values.setLength(0);
                params.clear();
            }
            values.append(values.length() == 0 ? "" : ",").append("(:u").append(i).append(", :n").append(i).append(", :s").append(i).append(")");
            params.put("u" + i, e.getKey());
            params.put("n" + i, e.getValue().name());
            params.put("s" + i, e.getValue().industrySection());
            i++;
        }
        flushNames(values, params);
    }

    private void flushNames(StringBuilder values, Map<String, Object> params) {
        if (values.length() == 0) return;
        jdbc.sql("UPDATE monitoring_key_enterprise k SET name = v.name, industry_section = v.section FROM (VALUES "
                        + values + ") AS v(uscc, name, section) WHERE k.uscc = CAST(v.uscc AS char(18))")
                .params(params).update();
    }
}
