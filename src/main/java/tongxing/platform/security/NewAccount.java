package tongxing.platform.security;

/** What an administrator (or the demo loader) gives to open an account. */
public record NewAccount(String username, String displayName, String initialPassword, Role role, String regionCode,
                         Long organizationId, String enterpriseUscc, String phone, String email,
                         boolean mustChangePassword) {
}
