package tongxing.monitoring.layoffplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable facts of a plan, as typed (grounds as the code the form sends). */
public record PlanData(String uscc, String grounds, String groundsDetail, Integer workforce, LocalDate layoffOn,
                       LocalDate explainedOn, LocalDate reportedOn, BigDecimal fundsAvailable, String positions) {
}
