package tongxing.monitoring.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's read model: the latest detected month, its signals by rule, the insured trend. */
@Service
class MonitoringDashboard {

    record RuleCount(String ruleCode, long enterprises, long newEnterprises) {
    }

    record Trend(String label, List<String> months, List<Long> insured) {
    }

    private final JdbcClient jdbc;

    MonitoringDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LocalDate latestMonth() {
        return jdbc.sql("SELECT max(month) FROM monitoring_detection_run WHERE status = 'FINISHED'")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).single();
    }

    /** Enterprises with a signal of each rule this month, and how many of them had none of that rule last month. */
    List<RuleCount> signalsByRule(Scope scope, LocalDate month) {
        if (month == null) return List.of();
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "s.region_code", "s.uscc");
        return jdbc.sql("""
                        SELECT s.rule_code, count(DISTINCT s.uscc),
                               count(DISTINCT s.uscc) FILTER (WHERE NOT EXISTS (
                                   SELECT 1 FROM monitoring_signal p
                                   WHERE p.uscc = s.uscc AND p.rule_code = s.rule_code AND p.month = :prev))
                        FROM monitoring_signal s
                        WHERE s.month = :month AND\s""" + s.sql() + " GROUP BY s.rule_code ORDER BY s.rule_code")
                .params(s.params()).param("month", month).param("prev", month.minusMonths(1))
                .query((rs, n) -> new RuleCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** Insured headcount by month (last 36 months) of one region, or of the whole province when null. */
    Trend trend(String regionCode, String label) {
        Map<String, Long> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT to_char(month, 'YYYY-MM'), sum(insured) FROM monitoring_region_month
                        WHERE (CAST(:region AS varchar) IS NULL OR region_code = :region)
                        GROUP BY month ORDER BY month DESC LIMIT 36""")
                .param("region", regionCode)
                .query((rs, n) -> byMonth.put(rs.getString(1), rs.getLong(2))).list();
        List<String> months = new ArrayList<>(byMonth.keySet());
        java.util.Collections.reverse(months);
        return new Trend(label, months, months.stream().map(byMonth::get).toList());
    }
}
