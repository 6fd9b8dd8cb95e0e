package tongxing.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads the logged-in user's account row once per request. Two filters need it on every page
 * (a forced password change, and disabled or re-scoped accounts); each used to run its own
 * query, two round trips per page for one row (JFR, bench 1).
 */
@Component
public class AccountStates {

    private static final String ATTRIBUTE = AccountStates.class.getName();
    private final JdbcClient jdbc;

    AccountStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored account of this user as this request first read it; empty if it no longer exists. */
    @SuppressWarnings("unchecked")
    public Optional<AccountState> current(HttpServletRequest request, long userId) {
        Object cached = request.getAttribute(ATTRIBUTE + "." + userId);
        if (cached instanceof Optional<?> known) return (Optional<AccountState>) known;
        Optional<AccountState> state = jdbc.sql("""
                        SELECT username, enabled, role, region_code, organization_id, enterprise_uscc, must_change_password
                        FROM platform_user WHERE id = :id""")
                .param("id", userId)
                .query((rs, n) -> {
                    long org = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : org;
                    return new AccountState(rs.getString("username"), rs.getBoolean("enabled"), rs.getString("role"),
                            rs.getString("region_code"), organizationId, rs.getString("enterprise_uscc"),
                            rs.getBoolean("must_change_password"));
                })
                .optional();
        request.setAttribute(ATTRIBUTE + "." + userId, state);
        return state;
    }
}
