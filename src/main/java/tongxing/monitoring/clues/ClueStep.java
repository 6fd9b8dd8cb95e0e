package tongxing.monitoring.clues;

import java.time.OffsetDateTime;

/** One step of a clue's history: who did what, when, with a note. */
public record ClueStep(String action, String actor, String actorName, OffsetDateTime at, String note) {
}
