package tongxing.monitoring.detection;

import java.time.LocalDate;

/**
 * A detection run finished for a month, inside its transaction. {@code latest} is true when no
 * later month has been detected: the key-enterprise list follows that month.
 */
public record DetectionFinished(long runId, LocalDate month, boolean latest) {
}
