package tongxing.selection.review;

/** A user who may review (or reviews) a campaign. */
public record Reviewer(long userId, String username, String displayName, String role, String regionCode, Long organizationId) {
}
