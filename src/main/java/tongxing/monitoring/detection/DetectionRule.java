package tongxing.monitoring.detection;

import java.util.Map;

/**
 * One early-warning rule (预警规则): a single INSERT ... SELECT over the month's partitions that
 * writes a signal (level, Chinese reason with the figures, facts as evidence) for every
 * enterprise it fires on. The SQL names the partitions it reads as {@code table@month},
 * {@code table@prev} (the month before), {@code table@m2} (two months before) and
 * {@code table@base} (three months before), e.g. {@code monitoring_headcount@prev}: the run
 * replaces them with the partitions themselves, so that each rule reads only the months it needs
 * and is planned with those partitions' own statistics. It may use {@code :run}, {@code :month},
 * {@code :prev}, {@code :m2} and {@code :base} besides the rule's own parameters.
 */
public interface DetectionRule {

    /** Stable code stored with the signal, e.g. {@code HEADCOUNT_DROP_MONTH}. */
    String code();

    /** The rule's name in Chinese, as exports and stored records carry it. */
    String title();

    /** The bundle key of the rule's name as users read it on screen. */
    default String titleKey() {
        return "feeds.rule." + code();
    }

    /** The highest level the rule gives. */
    String level();

    String sql();

    Map<String, Object> parameters(RuleParameters p);

    /** The INSERT every rule starts with. */
    String INSERT = "INSERT INTO monitoring_signal (run_id, month, uscc, region_code, rule_code, level, reason, reason_key, reason_args, evidence)\n";
}
