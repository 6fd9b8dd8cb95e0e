package tongxing.monitoring.detection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules for one month: one INSERT ... SELECT per rule under the latest rule-set
 * version, in one transaction of its own. Runs of the same month are serialized by an advisory
 * lock, and a finished run replaces the month's earlier runs and their signals (the latest
 * finished run wins). A failed run is recorded as FAILED and changes nothing else.
 */
@Service
public class Detection {

    private static final Logger log = LoggerFactory.getLogger(Detection.class);

    /** The result of a run. */
    public record Result(long runId, LocalDate month, int ruleVersion, int enterprises, int signals) {
    }

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final List<DetectionRule> rules;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Detection(JdbcClient jdbc, RuleSets ruleSets, List<DetectionRule> rules, ApplicationEventPublisher events,
              PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.rules = List.copyOf(rules);
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public List<DetectionRule> rules() {
        return rules;
    }

    /** Detects the month (any day of it) now, in a transaction of its own. */
    public Result run(LocalDate anyDay, String triggeredBy) {
        LocalDate month = anyDay.withDayOfMonth(1);
        try {
            return tx.execute(s -> detect(month, triggeredBy));
        } catch (RuntimeException e) {
            log.error("Detection of {} failed", month, e);
            tx.executeWithoutResult(s -> jdbc.sql("""
                            INSERT INTO monitoring_detection_run (month, rule_version, triggered_by, finished_at, status)
                            VALUES (:month, :version, :by, now(), 'FAILED')""")
                    .param("month", month).param("version", ruleSets.current().version()).param("by", by(triggeredBy)).update());
            throw e;
        }
    }

    private Result detect(LocalDate month, String triggeredBy) {
        jdbc.sql("SELECT pg_advisory_xact_lock(20261124, CAST(:key AS integer))")
                .param("key", month.getYear() * 100 + month.getMonthValue()).query((rs, n) -> 1).list();
        RuleSet ruleSet = ruleSets.current();
        long runId = jdbc.sql("""
                        INSERT INTO monitoring_detection_run (month, rule_version, triggered_by)
                        VALUES (:month, :version, :by) RETURNING id""")
                .param("month", month).param("version", ruleSet.version()).param("by", by(triggeredBy))
                .query(Long.class).single();
        for (int back = 0; back <= 3; back++) ensurePartitions(month.minusMonths(back));
        analyzeNewPartitions(month);
        for (DetectionRule rule : rules) {
            Map<String, Object> params = new HashMap<>(rule.parameters(ruleSet.parameters()));
            params.put("run", runId);
            params.put("month", month);
            params.put("prev", month.minusMonths(1));
            params.put("m2", month.minusMonths(2));
            params.put("base", month.minusMonths(3));
            jdbc.sql(partitions(rule.sql(), month)).params(params).update();
        }
        var counts = jdbc.sql("SELECT count(DISTINCT uscc), count(*) FROM monitoring_signal WHERE run_id = :run")
                .param("run", runId).query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
        jdbc.sql("DELETE FROM monitoring_detection_run WHERE month = :month AND id <> :run")
                .param("month", month).param("run", runId).update();
        boolean latest = jdbc.sql("""
                        SELECT NOT EXISTS (SELECT 1 FROM monitoring_detection_run WHERE status = 'FINISHED' AND month > :month)""")
                .param("month", month).query(Boolean.class).single();
        // The key list follows in this transaction; the run's recorded duration includes it.
        events.publishEvent(new DetectionFinished(runId, month, latest));
        jdbc.sql("""
                        UPDATE monitoring_detection_run SET status = 'FINISHED', finished_at = clock_timestamp(),
                               enterprises = :enterprises, signals = :signals WHERE id = :run""")
                .param("enterprises", counts[0]).param("signals", counts[1]).param("run", runId).update();
        log.info("Detection of {} (rules v{}): {} signals for {} enterprises", month, ruleSet.version(), counts[1], counts[0]);
        return new Result(runId, month, ruleSet.version(), counts[0], counts[1]);
    }

    private static final Pattern PARTITION = Pattern.compile("\\b(monitoring_[a-z_]+)@(month|prev|m2|base)\\b");

    /** {@code monitoring_headcount@prev} → {@code monitoring_headcount_202610} for the month 2026-11. */
    static String partitions(String sql, LocalDate month) {
        Matcher m = PARTITION.matcher(sql);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int back = switch (m.group(2)) {
                case "month" -> 0;
                case "prev" -> 1;
                case "m2" -> 2;
                default -> 3;
            };
            LocalDate of = month.minusMonths(back);
            m.appendReplacement(b, m.group(1) + "_" + of.getYear() + (of.getMonthValue() < 10 ? "0" : "") + of.getMonthValue());
        }
        return m.appendTail(b).toString();
    }

    /** A month without any load has no partitions yet; the rules read them all the same (empty). */
    private void ensurePartitions(LocalDate month) {
        String suffix = month.getYear() + (month.getMonthValue() < 10 ? "0" : "") + month.getMonthValue();
        boolean missing = jdbc.sql("SELECT to_regclass(:name) IS NULL").param("name", "monitoring_headcount_" + suffix)
                .query(Boolean.class).single();
        if (missing) jdbc.sql("SELECT monitoring_ensure_month(:month)").param("month", month).query((rs, n) -> 1).list();
    }

    /**
     * A month's partition that a load has just built (or filled) has no column statistics until
     * autovacuum gets to it, and the rules join four months' partitions on the USCC: planned
     * without statistics, such a join may pick a plan that takes seconds instead of a second. So
     * the run first analyzes those of its partitions that have no statistics yet (ANALYZE samples
     * at most 30,000 rows: about 0.1 s for a month of 400,000 units; an empty one costs nothing).
     */
    private void analyzeNewPartitions(LocalDate month) {
        List<String> suffixes = new ArrayList<>();
        for (int back = 0; back <= 3; back++) {
            LocalDate of = month.minusMonths(back);
            suffixes.add("_" + of.getYear() + (of.getMonthValue() < 10 ? "0" : "") + of.getMonthValue());
        }
        List<String> unanalyzed = jdbc.sql("""
                        SELECT c.relname FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid
                        JOIN pg_class parent ON parent.oid = i.inhparent
                        WHERE c.relkind = 'r' AND c.relnamespace = to_regnamespace(current_schema())
                          AND parent.relname LIKE 'monitoring\\_%' AND right(c.relname, 7) IN (:suffixes)
                          AND NOT EXISTS (SELECT 1 FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = c.relname)
                        ORDER BY c.relname""")
                .param("suffixes", suffixes).query(String.class).list();
        for (String partition : unanalyzed) {
            if (!partition.matches("monitoring_[a-z_]+_[0-9]{6}")) continue;
            jdbc.sql("ANALYZE " + partition).update();
        }
        if (!unanalyzed.isEmpty()) log.debug("Analyzed {} before detecting {}", unanalyzed, month);
    }

    private static String by(String triggeredBy) {
        return triggeredBy == null || triggeredBy.isBlank() ? "SYSTEM"
                : triggeredBy.length() > 100 ? triggeredBy.substring(0, 100) : triggeredBy;
    }
}
