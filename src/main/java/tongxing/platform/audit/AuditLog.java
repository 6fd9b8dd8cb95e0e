package tongxing.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tongxing.platform.security.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The append-only audit log (操作日志): every write, import, export and login, with who, when,
 * what and the values before and after. Runs in the caller's transaction, so an audited write
 * that rolls back leaves no audit row, and a write cannot commit without its audit row.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc) {
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

    /** Records an action where nobody is logged in yet (a login attempt) or a system client acts. */
    public void recordAs(String username, AuditAction action, String summary) {
        insert(username, null, null, action, null, null, summary, null, null);
    }

    private void insert(String username, String role, String region, AuditAction action, String entityType,
                        String entityId, String summary, Map<String, ?> before, Map<String, ?> after) {
        jdbc.sql("""
                        INSERT INTO platform_audit_log (username, role, region_code, action, entity_type, entity_id,
                                                        summary, before_data, after_data, remote_addr)
                        VALUES (:username, :role, :region, :action, :entityType, :entityId, :summary,
                                CAST(:before AS jsonb), CAST(:after AS jsonb), :remote)""")
                .param("username", username)
                .param("role", role)
                .param("region", region)
                .param("action", action.name())
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("summary", summary == null ? null : truncate(summary, 500))
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .param("remote", remoteAddress())
                .update();
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
