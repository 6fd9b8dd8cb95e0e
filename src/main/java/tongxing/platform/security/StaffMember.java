package tongxing.platform.security;

/** An account as other modules may see it: who it is and where it works, never its credentials or personal data. */
public record StaffMember(long id, String username, String displayName, Role role, String regionCode, Long organizationId) {
}
