package tongxing.platform.admin.users;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.admin.AdminAccess;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Read model of the accounts for the administration screens (province administrators only). */
@Component
class UserDirectory {

    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.role, u.region_code, u.organization_id, o.name AS organization_name,
                   u.enterprise_uscc, u.phone_enc, u.email, u.enabled, u.locked_until > now() AS locked,
                   u.must_change_password, u.failed_attempts, u.last_login_at, u.created_at, u.version
            FROM platform_user u LEFT JOIN platform_organization o ON o.id = u.organization_id
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Regions regions;

    UserDirectory(JdbcClient jdbc, PersonalDataCipher cipher, Regions regions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.regions = regions;
    }

    UserPage page(UserFilter filter, int page) {
        AdminAccess.require();
        Where where = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM platform_user u WHERE " + where.sql())
                .params(where.params()).query(Long.class).single();
        int last = (int) Math.max(1, (total + UserPage.SIZE - 1) / UserPage.SIZE);
        int p = Math.max(1, Math.min(page, last));
        List<UserRow> rows = jdbc.sql(SELECT + " WHERE " + where.sql() + " ORDER BY u.username LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", UserPage.SIZE)
                .param("offset", (p - 1) * UserPage.SIZE)
                .query(this::row).list();
        return new UserPage(rows, p, total);
    }

    /** Every account matching the filter, in user-name order, for the Excel export. */
    void forEach(UserFilter filter, Consumer<UserRow> consumer) {
        AdminAccess.require();
        Where where = where(filter);
        try (var rows = jdbc.sql(SELECT + " WHERE " + where.sql() + " ORDER BY u.username").params(where.params())
                .query(this::row).stream()) {
            rows.forEach(consumer);
        }
    }

    Optional<UserRow> find(long id) {
        AdminAccess.require();
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(this::row).optional();
    }

    /** The phone in full, for the edit form's placeholder only when it is needed. */
    Optional<String> phone(long id) {
        return jdbc.sql("SELECT phone_enc FROM platform_user WHERE id = :id").param("id", id)
                .query(String.class).optional().map(this::decryptOrNull);
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM platform_user WHERE lower(username) = lower(:u))")
                .param("u", username).query(Boolean.class).single();
    }

    List<Organization> organizations() {
        return jdbc.sql("SELECT id, name, kind, region_code FROM platform_organization ORDER BY region_code, name")
                .query((rs, n) -> new Organization(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        regions.name(rs.getString(4))))
                .list();
    }

    Optional<Organization> organization(long id) {
        return jdbc.sql("SELECT id, name, kind, region_code FROM platform_organization WHERE id = :id").param("id", id)
                .query((rs, n) -> new Organization(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        regions.name(rs.getString(4))))
                .optional();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(UserFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("TRUE");
        if (f.q() != null) {
            conditions.add("(u.username ILIKE :q ESCAPE '\\' OR u.display_name ILIKE :q ESCAPE '\\')");
            params.put("q", "%" + likeEscape(f.q()) + "%");
        }
        if (f.role() != null) {
            conditions.add("u.role = :role");
            params.put("role", f.role().name());
        }
        if (f.region() != null) {
            conditions.add("u.region_code = :region");
            params.put("region", f.region());
        }
        if (f.status() != null) {
            conditions.add(switch (f.status()) {
                case ENABLED -> "u.enabled AND (u.locked_until IS NULL OR u.locked_until <= now())";
                case DISABLED -> "NOT u.enabled";
                case LOCKED -> "u.locked_until > now()";
                case MUST_CHANGE_PASSWORD -> "u.must_change_password";
            });
        }
        return new Where(String.join(" AND ", conditions), params);
    }

    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private UserRow row(ResultSet rs, int n) throws SQLException {
        long org = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : org;
        String phone = decryptOrNull(rs.getString("phone_enc"));
        String uscc = rs.getString("enterprise_uscc");
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("region_code"), regions.name(rs.getString("region_code")),
                organizationId, rs.getString("organization_name"), uscc == null ? null : uscc.trim(),
                phone == null ? null : Masking.phone(phone), rs.getString("email"), rs.getBoolean("enabled"),
                rs.getBoolean("locked"), rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"),
                local(rs.getTimestamp("last_login_at")), local(rs.getTimestamp("created_at")), rs.getInt("version"));
    }

    static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toInstant().atZone(HAINAN).toLocalDateTime();
    }

    /** A value encrypted under another key (a restored backup) shows as absent rather than failing the list. */
    private String decryptOrNull(String stored) {
        try {
            return cipher.decrypt(stored);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
