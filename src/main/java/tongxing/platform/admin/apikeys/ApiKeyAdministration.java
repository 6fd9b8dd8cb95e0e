package tongxing.platform.admin.apikeys;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.admin.AdminAccess;
import tongxing.platform.api.ApiPermissions;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.region.Regions;
import tongxing.platform.security.ApiKeys;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API keys for external systems (接口密钥), e.g. the market-regulation feed of new enterprises:
 * issue one for a region and a set of permissions, list them, revoke one. The plain key leaves
 * this class once, in the return value of {@link #issue}; the audit log keeps its prefix only.
 */
@Service
class ApiKeyAdministration {

    /** What a key may be allowed to do, in the order the form shows them. */
    static final List<String> PERMISSIONS = List.of(ApiPermissions.ENTERPRISE_READ, ApiPermissions.ENTERPRISE_WRITE);
    private static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final ApiKeys apiKeys;
    private final Regions regions;
    private final AuditLog audit;
    private final MessageSource messages;

    ApiKeyAdministration(JdbcClient jdbc, ApiKeys apiKeys, Regions regions, AuditLog audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.apiKeys = apiKeys;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    List<ApiKeyRow> list() {
        AdminAccess.require();
        return jdbc.sql("""
                        SELECT id, name, key_prefix, region_code, permissions, enabled, created_by, created_at, last_used_at
                        FROM platform_api_key ORDER BY enabled DESC, created_at DESC, id DESC""")
                .query(this::row).list();
    }

    Optional<ApiKeyRow> find(long id) {
        return jdbc.sql("""
                        SELECT id, name, key_prefix, region_code, permissions, enabled, created_by, created_at, last_used_at
                        FROM platform_api_key WHERE id = :id""")
                .param("id", id).query(this::row).optional();
    }

    /** Issues a key and returns it in plain text: the only time anybody sees it. */
    @Transactional
    public ApiKeys.IssuedKey issue(ApiKeyForm form) {
        CurrentUser admin = AdminAccess.require();
        List<Violation> violations = new ArrayList<>();
        String name = form.getName() == null ? null : form.getName().trim();
        if (name == null || name.isEmpty()) violations.add(violation("name", "admin.user.error.required"));
        else if (name.length() > 100) violations.add(violation("name", "admin.user.error.tooLong", 100));
        String region = form.getRegionCode() == null ? "" : form.getRegionCode().trim();
        if (region.isEmpty()) violations.add(violation("regionCode", "admin.user.error.required"));
        else if (!Regions.PROVINCE.equals(region) && !regions.isCity(region))
            violations.add(violation("regionCode", "admin.apiKey.error.region"));
        Set<String> permissions = new LinkedHashSet<>();
        for (String p : form.getPermissions()) {
            if (!PERMISSIONS.contains(p)) violations.add(violation("permissions", "admin.apiKey.error.permission", p));
            else permissions.add(p);
        }
        if (form.getPermissions().isEmpty()) violations.add(violation("permissions", "admin.apiKey.error.noPermission"));
        if (!violations.isEmpty()) throw new ValidationException(violations);

        ApiKeys.IssuedKey issued = apiKeys.issue(name, region, permissions, admin.username());
        ApiKeyRow row = find(issued.id()).orElseThrow();
        audit.record(AuditAction.API_KEY_CREATED, "api_key", String.valueOf(issued.id()), "签发接口密钥：" + name,
                null, view(row));
        return issued;
    }

    @Transactional
    public void revoke(long id) {
        AdminAccess.require();
        ApiKeyRow before = find(id).orElseThrow(NotFoundException::new);
        if (!before.enabled()) return;
        apiKeys.revoke(id);
        audit.record(AuditAction.API_KEY_REVOKED, "api_key", String.valueOf(id), "吊销接口密钥：" + before.name(),
                Map.of("enabled", true), Map.of("enabled", false));
    }

    private static Map<String, Object> view(ApiKeyRow k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", k.name());
        m.put("prefix", k.prefix());
        m.put("region", k.regionName() + "（" + k.regionCode() + "）");
        m.put("permissions", String.join(",", k.permissions()));
        m.put("enabled", k.enabled());
        return m;
    }

    private ApiKeyRow row(ResultSet rs, int n) throws SQLException {
        return new ApiKeyRow(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"), rs.getString("region_code"),
                regions.name(rs.getString("region_code")), Arrays.asList(rs.getString("permissions").split(",")),
                rs.getBoolean("enabled"), rs.getString("created_by"), local(rs.getTimestamp("created_at")),
                local(rs.getTimestamp("last_used_at")));
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toInstant().atZone(HAINAN).toLocalDateTime();
    }

    private Violation violation(String field, String key, Object... args) {
        return new Violation(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
