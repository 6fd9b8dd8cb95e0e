package tongxing.monitoring.backtest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 回测: how well the rules foretold layoffs over a past period, rule by rule.
 * <ul>
 * <li>An <b>event</b> is an enterprise-month with at least {@code minRegistrations} unemployment
 * registrations naming the enterprise, or a layoff plan submitted in that month.</li>
 * <li><b>Precision</b> of a rule: of the enterprises it flagged RED or ORANGE in the period, the
 * share that had an event within the 3 months after a flag month.</li>
 * <li><b>Recall</b> of a rule: of the events in the period, the share whose enterprise the rule
 * had flagged RED or ORANGE in the 3 months before (the event's own month does not count).</li>
 * </ul>
 * Rule code {@code *} is any rule. Within the user's scope.
 */
@Service
public class Backtest {

    public static final String ANY = "*";

    /** One rule's figures; the shares are null when there is nothing to divide by. */
    public record Figures(String ruleCode, long flagged, long confirmed, long events, long foreseen) {
        public Double precision() {
            return flagged == 0 ? null : (double) confirmed / flagged;
        }

        public Double recall() {
            return events == 0 ? null : (double) foreseen / events;
        }
    }

    private final JdbcClient jdbc;

    Backtest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Figures> run(Scope scope, LocalDate from, LocalDate to, int minRegistrations, List<String> ruleCodes) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "s.region_code", "s.uscc");
        ScopeSql u = ScopeSql.forEnterpriseRows(scope, "u.region_code", "u.uscc");
        ScopeSql l = ScopeSql.forEnterpriseRows(scope, "l.region_code", "l.uscc");
        String ctes = """
                WITH flags AS (
                    SELECT s.rule_code, s.uscc, s.month FROM monitoring_signal s
                    WHERE s.level IN ('RED', 'ORANGE') AND s.month BETWEEN CAST(:flagsFrom AS date) AND CAST(:to AS date) AND %s
                    UNION
                    SELECT '*', s.uscc, s.month FROM monitoring_signal s
                    WHERE s.level IN ('RED', 'ORANGE') AND s.month BETWEEN CAST(:flagsFrom AS date) AND CAST(:to AS date) AND %s
                ), events AS (
                    SELECT u.uscc, u.month FROM monitoring_unemployment u
                    WHERE u.registrations >= :k AND u.month BETWEEN CAST(:from AS date) AND CAST(:eventsTo AS date) AND %s
                    UNION
                    SELECT l.uscc, CAST(date_trunc('month', l.submitted_on) AS date) FROM monitoring_layoff_plan l
                    WHERE l.submitted_on >= CAST(:from AS date) AND l.submitted_on < CAST(:eventsEnd AS date) AND %s
                )
                """.formatted(s.sql(), s.sql(), u.sql(), l.sql());
        Map<String, Object> params = new HashMap<>();
        params.putAll(s.params());
        params.putAll(u.params());
        params.putAll(l.params());
        params.put("from", from);
        params.put("to", to);
        params.put("flagsFrom", from.minusMonths(3));
        params.put("eventsTo", to.plusMonths(3));
        params.put("eventsEnd", to.plusMonths(4));
        params.put("k", minRegistrations);

        Map<String, long[]> precision = new HashMap<>();
        jdbc.sql(ctes + """
                        SELECT f.rule_code, count(DISTINCT f.uscc),
                               count(DISTINCT f.uscc) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM events e WHERE e.uscc = f.uscc AND e.month > f.month
                                     AND e.month <= CAST(f.month + interval '3 months' AS date)))
                        FROM flags f WHERE f.month >= CAST(:from AS date) GROUP BY f.rule_code""")
                .params(params)
                .query((rs, n) -> precision.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)})).list();
        Map<String, long[]> recall = new HashMap<>();
        jdbc.sql(ctes + """
                        , rules AS (SELECT DISTINCT rule_code FROM flags)
                        SELECT r.rule_code, count(*),
                               count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM flags f WHERE f.rule_code = r.rule_code AND f.uscc = e.uscc AND f.month < e.month
                                     AND f.month >= CAST(e.month - interval '3 months' AS date)))
                        FROM events e CROSS JOIN rules r WHERE e.month <= CAST(:to AS date) GROUP BY r.rule_code""")
                .params(params)
                .query((rs, n) -> recall.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)})).list();
        long events = jdbc.sql(ctes + "SELECT count(*) FROM events e WHERE e.month <= CAST(:to AS date)").params(params)
                .query(Long.class).single();

        Map<String, Figures> result = new LinkedHashMap<>();
        for (String code : ruleCodes) {
            long[] p = precision.getOrDefault(code, new long[2]);
            long[] r = recall.getOrDefault(code, new long[]{events, 0});
            result.put(code, new Figures(code, p[0], p[1], events, r[1]));
        }
        return result;
    }
}
