package tongxing.monitoring.ledger;

import java.time.LocalDate;

/** 跟踪指导记录: one dated follow-up. */
public record FollowUp(long id, LocalDate visitedOn, String note, String recordedBy) {
}
