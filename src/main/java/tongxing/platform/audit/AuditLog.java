package tongxing.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tongxing.platform.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The append-only audit log (操作日志): every write, import, export and login, with who, when,
 * what and the values before and after. Runs in the caller's transaction, so an audited write
 * that rolls back leaves no audit row, and a write cannot commit without its audit row.
 */
@Service
public class AuditLog {

    private static final String INSERT = """
            INSERT INTO platform_audit_log (username, role, region_code, action, entity_type, entity_id,
                                            summary, before_data, after_data, remote_addr)
            VALUES (:username, :role, :region, :action, :entityType, :entityId, :summary,
                    CAST(:before AS jsonb), CAST(:after AS jsonb), :remote)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    AuditLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    /** Records an action of the logged-in user. */
    public void record(AuditAction action, String entityType, String entityId, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        CurrentUser user = CurrentUser.find().orElse(null);
        insert(user == null ? null : user.username(), user == null ? null : user.role().name(),
                user == null ? null : user.regionCode(), action, entityType, entityId, summary, before, after);
    }

    public void record(AuditAction action, String entityType, String entityId, String summary) {
        record(action, entityType, entityId, summary, null, null);
    }

    /** One record's entry of {@link #recordEach}. */
    public record Entry(String entityId, String summary, Map<String, ?> before, Map<String, ?> after) {
    }

    /**
     * Records the same action on many records at once (the rows a bulk write changed), in one
     * batch: by the logged-in user, or by {@code actor} (a system client) when nobody is logged in.
     */
    public void recordEach(String actor, AuditAction action, String entityType, List<Entry> entries) {
        if (entries.isEmpty()) return;
        CurrentUser user = CurrentUser.find().orElse(null);
        String username = user == null ? actor : user.username();
        String role = user == null ? null : user.role().name();
        String region = user == null ? null : user.regionCode();
        String remote = remoteAddress();
        MapSqlParameterSource[] rows = new MapSqlParameterSource[entries.size()];
        for (int i = 0; i < rows.length; i++) {
            Entry e = entries.get(i);
            rows[i] = row(username, role, region, action, entityType, e.entityId(), e.summary(), e.before(), e.after(), remote);
        }
        jdbc.batchUpdate(INSERT, rows);
    }

    /** Records an action where nobody is logged in yet (a login attempt) or a system client acts. */
    public void recordAs(String username, AuditAction action, String summary) {
        insert(username, null, null, action, null, null, summary, null, null);
    }

    private void insert(String username, String role, String region, AuditAction action, String entityType,
                        String entityId, String summary, Map<String, ?> before, Map<String, ?> after) {
        jdbc.update(INSERT, row(username, role, region, action, entityType, entityId, summary, before, after, remoteAddress()));
    }

    private MapSqlParameterSource row(String username, String role, String region, AuditAction action, String entityType,
                                      String entityId, String summary, Map<String, ?> before, Map<String, ?> after,
                                      String remote) {
        return new MapSqlParameterSource().addValue("username", username).addValue("role", role).addValue("region", region)
                .addValue("action", action.name()).addValue("entityType", entityType).addValue("entityId", entityId)
                .addValue("summary", summary == null ? null : truncate(summary, 500))
                .addValue("before", before == null ? null : json.writeValueAsString(before))
                .addValue("after", after == null ? null : json.writeValueAsString(after))
                .addValue("remote", remote);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
