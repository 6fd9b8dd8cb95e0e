package tongxing.monitoring.detection;

import java.time.OffsetDateTime;

/** One version of the detection thresholds, with who changed them, when and why. */
public record RuleSet(int version, RuleParameters parameters, String note, String changedBy, OffsetDateTime changedAt) {
}
