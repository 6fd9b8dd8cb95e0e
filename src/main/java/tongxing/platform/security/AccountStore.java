package tongxing.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Loads accounts for login and keeps the lockout counters. */
@Component
class AccountStore implements UserDetailsService {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    Optional<AccountDetails> find(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, role, region_code, organization_id, enterprise_uscc,
                               password_hash, enabled, locked_until, must_change_password
                        FROM platform_user WHERE username = :username""")
                .param("username", username)
                .query(AccountStore::map)
                .optional();
    }

    /**
     * Counts a failed login; the fifth in a row locks the account for 15 minutes. Attempts while
     * locked are not counted (they must not extend the lock), and the count starts again once a
     * lock has run out.
     */
    boolean recordFailure(String username) {
        Integer attempts = jdbc.sql("""
                        UPDATE platform_user SET
                            failed_attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END,
                            locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END) >= :max
                                                THEN now() + make_interval(mins => :minutes) END
                        WHERE username = :username AND (locked_until IS NULL OR locked_until <= now())
                        RETURNING failed_attempts""")
                .param("max", MAX_FAILED_ATTEMPTS)
                .param("minutes", (int) LOCK_DURATION.toMinutes())
                .param("username", username)
                .query(Integer.class).optional().orElse(0);
        return attempts >= MAX_FAILED_ATTEMPTS;
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE platform_user SET failed_attempts = 0, locked_until = NULL, last_login_at = now() WHERE username = :username")
                .param("username", username).update();
    }

    boolean mustChangePassword(long userId) {
        return jdbc.sql("SELECT must_change_password FROM platform_user WHERE id = :id")
                .param("id", userId).query(Boolean.class).optional().orElse(false);
    }

    void changePassword(long userId, String newHash) {
        jdbc.sql("""
                        UPDATE platform_user SET password_hash = :hash, must_change_password = false,
                            password_changed_at = now(), version = version + 1 WHERE id = :id""")
                .param("hash", newHash).param("id", userId).update();
    }

    String passwordHash(long userId) {
        return jdbc.sql("SELECT password_hash FROM platform_user WHERE id = :id").param("id", userId)
                .query(String.class).single();
    }

    private static AccountDetails map(ResultSet rs, int row) throws SQLException {
        long orgId = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : orgId;
        CurrentUser user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("region_code"), organizationId,
                rs.getString("enterprise_uscc"));
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountDetails(user, rs.getString("password_hash"), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(), rs.getBoolean("must_change_password"));
    }
}
