package tongxing.monitoring.keylist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.i18n.RecordedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One enterprise's monitoring record (read model): its signal history with the facts behind each
 * signal, its entries and exits on the key list, and its monthly figures for the trend chart.
 * Callers check first that the enterprise is within the user's scope.
 */
@Service
public class EnterpriseMonitoring {

    public record Signal(long id, LocalDate month, String ruleCode, String level, RecordedText reason, List<Map<String, Object>> evidence) {
    }

    public record Event(String event, LocalDate occurredOn, ListEventReason reason, String actor, OffsetDateTime at) {
    }

    /** Month by month, the last 36 months that have any fact. */
    public record Trend(List<String> months, List<Integer> insured, List<Integer> arrearsMonths, List<Integer> unemployment,
                        List<Integer> separations, List<String> signalMonths) {
    }

    private static final TypeReference<List<Map<String, Object>>> EVIDENCE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    EnterpriseMonitoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Signal> signals(String uscc) {
        return jdbc.sql("""
                        SELECT s.id, s.month, s.rule_code, s.level, s.reason, s.evidence::text, s.reason_key, s.reason_args::text
                        FROM monitoring_signal s JOIN monitoring_detection_run r ON r.id = s.run_id AND r.status = 'FINISHED'
                        WHERE s.uscc = :uscc
                        ORDER BY s.month DESC, CASE s.level WHEN 'RED' THEN 1 WHEN 'ORANGE' THEN 2 ELSE 3 END, s.rule_code
                        LIMIT 200""")
                .param("uscc", uscc)
                .query((rs, n) -> new Signal(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                        RecordedText.of(rs.getString(5), rs.getString(7), rs.getString(8)), json.readValue(rs.getString(6), EVIDENCE)))
                .list();
    }

    public List<Event> events(String uscc) {
        return jdbc.sql("""
                        SELECT event, occurred_on, reason, actor, at, reason_key, reason_args::text FROM monitoring_key_enterprise_event
                        WHERE uscc = :uscc ORDER BY at DESC, id DESC LIMIT 100""")
                .param("uscc", uscc)
                .query((rs, n) -> new Event(rs.getString(1), rs.getObject(2, LocalDate.class),
                        ListEventReason.of(rs.getString(3), rs.getString(6), rs.getString(7)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    public Trend trend(String uscc) {
        Map<LocalDate, int[]> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH months AS (
                            SELECT month FROM monitoring_headcount WHERE uscc = :uscc
                            UNION SELECT month FROM monitoring_unemployment WHERE uscc = :uscc
                            UNION SELECT month FROM monitoring_employment_filing WHERE uscc = :uscc
                        ), recent AS (SELECT month FROM months ORDER BY month DESC LIMIT 36)
                        SELECT m.month, h.insured, h.arrears_months, u.registrations, f.separations
                        FROM recent m
                        LEFT JOIN monitoring_headcount h ON h.month = m.month AND h.uscc = :uscc
                        LEFT JOIN monitoring_unemployment u ON u.month = m.month AND u.uscc = :uscc
                        LEFT JOIN monitoring_employment_filing f ON f.month = m.month AND f.uscc = :uscc
                        ORDER BY m.month""")
                .param("uscc", uscc)
                .query((rs, n) -> byMonth.put(rs.getObject(1, LocalDate.class), new int[]{
                        rs.getObject(2) == null ? -1 : rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)}))
                .list();
        List<String> months = new ArrayList<>();
        List<Integer> insured = new ArrayList<>(), arrears = new ArrayList<>(), unemployment = new ArrayList<>(), separations = new ArrayList<>();
        byMonth.forEach((m, v) -> {
            months.add(m.toString().substring(0, 7));
            insured.add(v[0] < 0 ? null : v[0]);
            arrears.add(v[1]);
            unemployment.add(v[2]);
            separations.add(v[3]);
        });
        List<String> signalMonths = jdbc.sql("""
                        SELECT DISTINCT to_char(month, 'YYYY-MM') FROM monitoring_signal
                        WHERE uscc = :uscc AND level IN ('RED', 'ORANGE') ORDER BY 1""")
                .param("uscc", uscc).query(String.class).list();
        return new Trend(months, insured, arrears, unemployment, separations, signalMonths);
    }
}
