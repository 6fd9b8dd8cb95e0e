package tongxing.monitoring.clues;

/** A staff member a clue can be assigned to. */
public record Assignee(long id, String displayName, String regionCode) {
}
