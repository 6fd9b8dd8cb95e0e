package tongxing.monitoring.clues;

import tongxing.platform.i18n.RecordedText;

import java.time.LocalDate;

/** 重点问题线索: one clue as stored. */
public record Clue(long id, String uscc, String regionCode, String enterpriseName, Long signalId, String signalLevel,
                   LocalDate signalMonth, RecordedText signalReason, String title, String description, long assigneeId,
                   String assigneeName, LocalDate deadline, String status, boolean reportedUp, LocalDate reportedOn,
                   String resolution, LocalDate resolvedOn, String createdBy, int version) {

    public boolean resolved() {
        return "RESOLVED".equals(status);
    }

    /** 已逾期: the deadline has passed and the clue is not resolved. */
    public boolean overdue(LocalDate today) {
        return !resolved() && deadline.isBefore(today);
    }
}
