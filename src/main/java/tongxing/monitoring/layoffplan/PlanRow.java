package tongxing.monitoring.layoffplan;

import java.time.LocalDate;

/** One line of the plan list. */
public record PlanRow(long id, String uscc, String regionCode, String enterpriseName, LayoffPlanStatus status,
                      LocalDate layoffOn, LocalDate submittedOn, String reviewConclusion, LocalDate reviewedOn,
                      Integer workforce, int cut) {
}
