package tongxing.monitoring.clues;

import tongxing.platform.i18n.RecordedText;

import java.time.OffsetDateTime;

/**
 * One step of a clue's history: who did what, when, with a note: the user's own words, or for an
 * assignment the sentence the system wrote, which the page says in the reader's language.
 */
public record ClueStep(String action, String actor, String actorName, OffsetDateTime at, RecordedText note) {
}
