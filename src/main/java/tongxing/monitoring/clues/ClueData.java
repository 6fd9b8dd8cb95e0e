package tongxing.monitoring.clues;

import java.time.LocalDate;

/** A new clue as typed: from a signal (signalId) or by hand for a registry enterprise (uscc). */
public record ClueData(Long signalId, String uscc, String title, String description, Long assigneeId, LocalDate deadline) {
}
