package tongxing.coordinator.worklog;

import java.time.LocalDate;

/** One entry of a coordinator's work log. */
public record WorkLogEntry(long id, long coordinatorId, LocalDate loggedOn, WorkLogKind kind, String uscc,
                           String content, String outcome, String createdBy) {
}
