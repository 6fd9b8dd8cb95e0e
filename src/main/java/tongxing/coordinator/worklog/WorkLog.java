package tongxing.coordinator.worklog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.coordinator.registry.CoordinatorNotFoundException;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work log (工作记录): a coordinator enters their own; the city bureau (or the province
 * office) enters for the coordinators of its region. Figures per coordinator and per region.
 */
@Service
public class WorkLog {

    private final JdbcClient jdbc;
    private final Coordinators coordinators;
    private final EnterpriseRegistry registry;
    private final Regions regions;
    private final AuditLog audit;
    private final Texts texts;

    WorkLog(JdbcClient jdbc, Coordinators coordinators, EnterpriseRegistry registry, Regions regions, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.coordinators = coordinators;
        this.registry = registry;
        this.regions = regions;
        this.audit = audit;
        this.texts = texts;
    }

    /** May this user write entries for this coordinator (who must already be within their scope). */
    public static boolean mayWrite(CurrentUser user, CoordinatorSummary c) {
        if (user.role() == Role.COORDINATOR) return true; // the scope already limits them to their own profile
        return (user.role() == Role.PROVINCE_ADMIN || user.role() == Role.CITY_STAFF)
                && CoordinatorScope.mayManage(user.scope(), c.regionCode());
    }

    @Transactional
    public long add(CurrentUser user, long coordinatorId, LocalDate on, WorkLogKind kind, String uscc, String content,
                    String outcome) {
        CoordinatorSummary c = coordinators.find(user.scope(), coordinatorId).orElseThrow(CoordinatorNotFoundException::new);
        if (!mayWrite(user, c)) throw new ValidationException("coordinatorId", texts.get("coordinator.worklog.error.notAllowed"));
        String u = uscc == null || uscc.isBlank() ? null : Uscc.normalize(uscc.trim());
        String text = content == null ? null : content.trim();
        String result = outcome == null || outcome.isBlank() ? null : outcome.trim();
        List<Violation> v = new ArrayList<>();
        if (on == null) v.add(new Violation("loggedOn", texts.get("coordinator.worklog.error.dateRequired")));
        else if (on.isAfter(LocalDate.now())) v.add(new Violation("loggedOn", texts.get("coordinator.worklog.error.dateFuture")));
        if (kind == null) v.add(new Violation("kind", texts.get("coordinator.worklog.error.kindRequired")));
        if (u != null) {
            var problem = Uscc.problem(u);
            if (problem.isPresent()) v.add(new Violation("uscc", problem.get()));
            else if (registry.find(Scope.province(), u).isEmpty()) v.add(new Violation("uscc", texts.get("coordinator.worklog.error.usccUnknown", u)));
        }
        if (text == null || text.isEmpty()) v.add(new Violation("content", texts.get("coordinator.worklog.error.contentRequired")));
        else if (text.length() > 2000) v.add(new Violation("content", texts.get("coordinator.worklog.error.contentTooLong")));
        if (result != null && result.length() > 1000) v.add(new Violation("outcome", texts.get("coordinator.worklog.error.outcomeTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        long id = jdbc.sql("""
                        INSERT INTO coordinator_work_log (coordinator_id, logged_on, kind, uscc, content, outcome, created_by)
                        VALUES (:c, :on, :kind, :uscc, :content, :outcome, :by) RETURNING id""")
                .param("c", coordinatorId).param("on", on).param("kind", kind.name()).param("uscc", u)
                .param("content", text).param("outcome", result).param("by", user.username())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("loggedOn", on.toString());
        after.put("kind", kind.name());
        after.put("uscc", u);
        after.put("content", text);
        after.put("outcome", result);
        audit.record(AuditAction.CREATE, "coordinator_work_log", Long.toString(id), "新增工作记录：" + c.name(), null, after);
        return id;
    }

    public List<WorkLogEntry> entries(Scope scope, long coordinatorId, int limit) {
        coordinators.find(scope, coordinatorId).orElseThrow(CoordinatorNotFoundException::new);
        return jdbc.sql("""
                        SELECT id, coordinator_id, logged_on, kind, uscc, content, outcome, created_by FROM coordinator_work_log
                        WHERE coordinator_id = :c ORDER BY logged_on DESC, id DESC LIMIT :limit""")
                .param("c", coordinatorId).param("limit", limit).query(WorkLog::map).list();
    }

    /** One coordinator's figures for a year. */
    public WorkFigures forCoordinator(Scope scope, long coordinatorId, int year) {
        CoordinatorSummary c = coordinators.find(scope, coordinatorId).orElseThrow(CoordinatorNotFoundException::new);
        List<WorkFigures> f = figures("c.id = :key", Map.of("key", coordinatorId), "c.id::text", year);
        return f.isEmpty() ? new WorkFigures(Long.toString(coordinatorId), c.name(), new EnumMap<>(WorkLogKind.class), 0)
                : relabel(f.get(0), c.name());
    }

    /** Figures per region for a year, within the scope. */
    public List<WorkFigures> byRegion(Scope scope, int year) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return figures(s.sql(), s.params(), "c.region_code", year).stream()
                .map(f -> relabel(f, regions.name(f.key()))).toList();
    }

    private List<WorkFigures> figures(String condition, Map<String, ?> params, String keyColumn, int year) {
        Map<String, EnumMap<WorkLogKind, Long>> kinds = new LinkedHashMap<>();
        Map<String, Long> served = new LinkedHashMap<>();
        jdbc.sql("SELECT " + keyColumn + " AS k, w.kind, count(*) FROM coordinator_work_log w JOIN coordinator c ON c.id = w.coordinator_id"
                        + " WHERE " + condition + " AND w.logged_on >= :from AND w.logged_on < :to GROUP BY 1, 2 ORDER BY 1")
                .params(params).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> kinds.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(WorkLogKind.class))
                        .put(WorkLogKind.valueOf(rs.getString(2)), rs.getLong(3))).list();
        jdbc.sql("SELECT " + keyColumn + " AS k, count(DISTINCT w.uscc) FROM coordinator_work_log w JOIN coordinator c ON c.id = w.coordinator_id"
                        + " WHERE " + condition + " AND w.logged_on >= :from AND w.logged_on < :to GROUP BY 1")
                .params(params).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> served.put(rs.getString(1), rs.getLong(2))).list();
        return kinds.entrySet().stream()
                .map(e -> new WorkFigures(e.getKey(), e.getKey(), e.getValue(), served.getOrDefault(e.getKey(), 0L))).toList();
    }

    private static WorkFigures relabel(WorkFigures f, String label) {
        return new WorkFigures(f.key(), label, f.entriesByKind(), f.enterprisesServed());
    }

    private static WorkLogEntry map(ResultSet rs, int n) throws SQLException {
        return new WorkLogEntry(rs.getLong("id"), rs.getLong("coordinator_id"), rs.getObject("logged_on", LocalDate.class),
                WorkLogKind.valueOf(rs.getString("kind")), rs.getString("uscc"), rs.getString("content"),
                rs.getString("outcome"), rs.getString("created_by"));
    }
}
