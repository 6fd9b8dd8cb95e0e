package tongxing.platform.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read model of the audit log for the province administrators: search, page newest first, load
 * one entry, and walk a whole filter for the export in id-ordered batches (no OFFSET, no single
 * huge result set). Read-only: the table itself refuses UPDATE and DELETE.
 */
@Service
public class AuditSearch {

    public static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 2_000;
    private static final String COLUMNS = """
            id, at, username, role, region_code, action, entity_type, entity_id, summary,
            before_data::text AS before_data, after_data::text AS after_data, remote_addr""";

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage page(AuditFilter filter, int page) {
        requireAdmin();
        Where w = where(filter);
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM platform_audit_log WHERE " + w.sql()
                        + " LIMIT " + (AuditPage.COUNT_LIMIT + 1) + ") t")
                .params(w.params()).query(Long.class).single();
        int last = (int) Math.max(1, (Math.min(total, AuditPage.COUNT_LIMIT) + AuditPage.SIZE - 1) / AuditPage.SIZE);
        int p = Math.max(1, Math.min(page, last));
        List<AuditEntry> rows = jdbc.sql("SELECT " + COLUMNS + " FROM platform_audit_log WHERE " + w.sql()
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(w.params()).param("limit", AuditPage.SIZE).param("offset", (p - 1) * AuditPage.SIZE)
                .query(AuditSearch::entry).list();
        return new AuditPage(rows, p, total);
    }

    public Optional<AuditEntry> find(long id) {
        requireAdmin();
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform_audit_log WHERE id = :id").param("id", id)
                .query(AuditSearch::entry).optional();
    }

    /** Number of entries matching the filter, counted up to {@code limit + 1}. */
    public long count(AuditFilter filter, int limit) {
        requireAdmin();
        Where w = where(filter);
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM platform_audit_log WHERE " + w.sql() + " LIMIT :cap) t")
                .params(w.params()).param("cap", limit + 1).query(Long.class).single();
    }

    /** Every entry matching the filter, newest first, at most {@code limit}, fetched in batches by id. */
    public void forEach(AuditFilter filter, int limit, Consumer<AuditEntry> consumer) {
        requireAdmin();
        Where w = where(filter);
        long before = Long.MAX_VALUE;
        int seen = 0;
        while (seen < limit) {
            List<AuditEntry> batch = jdbc.sql("SELECT " + COLUMNS + " FROM platform_audit_log WHERE " + w.sql()
                            + " AND id < :before ORDER BY id DESC LIMIT :batch")
                    .params(w.params()).param("before", before).param("batch", Math.min(BATCH, limit - seen))
                    .query(AuditSearch::entry).list();
            if (batch.isEmpty()) return;
            batch.forEach(consumer);
            seen += batch.size();
            before = batch.get(batch.size() - 1).id();
        }
    }

    /**
     * What was recorded as done to one record (created, changed by hand, by an import or by a system
     * client, deleted), newest first, at most
     * {@code limit}: the history shown on the record's own page. Unlike the search above it is not
     * for administrators only; the record's module shows it after checking that the user may see
     * the record itself.
     */
    public List<AuditEntry> changesOf(String entityType, String entityId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM platform_audit_log
                        WHERE entity_type = :type AND entity_id = :id AND action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'API_CALL')
                        ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("type", entityType).param("id", entityId).param("limit", limit)
                .query(AuditSearch::entry).list();
    }

    /** The distinct entity types in the log, for the search form. */
    public List<String> entityTypes() {
        requireAdmin();
        return jdbc.sql("SELECT DISTINCT entity_type FROM platform_audit_log WHERE entity_type IS NOT NULL ORDER BY 1")
                .query(String.class).list();
    }

    private static void requireAdmin() {
        // The web chain restricts /admin/**; the read model checks again (same rule as platform.admin.AdminAccess).
        CurrentUser user = CurrentUser.find().orElseThrow(() -> new AccessDeniedException("not logged in"));
        if (user.role() != Role.PROVINCE_ADMIN) throw new AccessDeniedException("province administrators only");
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> c = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        c.add("TRUE");
        if (f.username() != null) {
            c.add("username = :username");
            p.put("username", f.username());
        }
        if (f.action() != null) {
            c.add("action = :action");
            p.put("action", f.action().name());
        }
        if (f.entityType() != null) {
            c.add("entity_type = :entityType");
            p.put("entityType", f.entityType());
        }
        if (f.entityId() != null) {
            c.add("entity_id = :entityId");
            p.put("entityId", f.entityId());
        }
        if (f.from() != null) {
            c.add("at >= :from");
            p.put("from", startOf(f.from()));
        }
        if (f.to() != null) {
            c.add("at < :to");
            p.put("to", startOf(f.to().plusDays(1)));
        }
        if (f.text() != null) {
            c.add("summary ILIKE :text ESCAPE '\\'");
            p.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(String.join(" AND ", c), p);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(HAINAN).toOffsetDateTime();
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("at");
        return new AuditEntry(rs.getLong("id"), at == null ? null : LocalDateTime.ofInstant(at.toInstant(), HAINAN),
                rs.getString("username"), rs.getString("role"), rs.getString("region_code"), action(rs.getString("action")),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("before_data"), rs.getString("after_data"), rs.getString("remote_addr"));
    }

    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
