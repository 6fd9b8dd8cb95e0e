package tongxing.platform.security;

/**
 * An account as stored right now, read once per request for the filters that make an
 * administrator's changes and a forced password change take effect on open sessions.
 */
public record AccountState(String username, boolean enabled, String role, String regionCode, Long organizationId,
                           String enterpriseUscc, boolean mustChangePassword) {
}
