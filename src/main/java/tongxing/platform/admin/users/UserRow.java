package tongxing.platform.admin.users;

import tongxing.platform.security.Role;

import java.time.LocalDateTime;

/** One account as the list and the export show it: the phone masked, never a password hash. */
record UserRow(long id, String username, String displayName, Role role, String regionCode, String regionName,
               Long organizationId, String organizationName, String enterpriseUscc, String maskedPhone, String email,
               boolean enabled, boolean locked, boolean mustChangePassword, int failedAttempts,
               LocalDateTime lastLoginAt, LocalDateTime createdAt, int version) {

    public UserStatus status() {
        if (!enabled) return UserStatus.DISABLED;
        if (locked) return UserStatus.LOCKED;
        if (mustChangePassword) return UserStatus.MUST_CHANGE_PASSWORD;
        return UserStatus.ENABLED;
    }
}
