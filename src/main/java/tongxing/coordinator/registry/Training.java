package tongxing.coordinator.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One training a coordinator attended (培训记录), and whether it counts toward the training subsidy. */
public record Training(long id, LocalDate trainedOn, BigDecimal hours, String topic, boolean subsidyEligible) {
}
