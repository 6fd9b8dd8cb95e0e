package tongxing.coordinator.exchange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.registry.CoordinatorPage;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The exchange sessions: list, load, create, correct and delete, always within the caller's scope, every write audited. */
@Service
public class ExchangeSessions {

    public static final int PAGE_SIZE = 20;

    private static final String SELECT = """
            SELECT s.id, s.title, s.held_on, s.mode, s.place, s.region_code, s.topic, s.description, s.created_by, s.version,
                   (SELECT count(*) FROM coordinator_exchange_attendance a WHERE a.session_id = s.id) AS invited,
                   (SELECT count(*) FROM coordinator_exchange_attendance a WHERE a.session_id = s.id AND a.attended) AS attended,
                   (SELECT coalesce(sum(a.hours), 0) FROM coordinator_exchange_attendance a WHERE a.session_id = s.id) AS hours
            FROM coordinator_exchange_session s
            WHERE\s""";

    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditLog audit;
    private final Texts texts;

    ExchangeSessions(JdbcClient jdbc, Regions regions, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.texts = texts;
    }

    public Optional<ExchangeSession> find(Scope scope, long id) {
        ExchangeScope s = ExchangeScope.of(scope, "s");
        return jdbc.sql(SELECT + "s.id = :id AND " + s.sql()).param("id", id).params(s.params()).query(this::map).optional();
    }

    /** A session the scope may see, or 404. */
    public ExchangeSession get(Scope scope, long id) {
        return find(scope, id).orElseThrow(NotFoundException::new);
    }

    /** A session the scope may see and change: 404 when it may not even see it, 403 when it may only see it. */
    public ExchangeSession manageable(Scope scope, long id) {
        ExchangeSession s = get(scope, id);
        if (!ExchangeScope.mayManage(scope, s.regionCode()))
            throw new org.springframework.security.access.AccessDeniedException("session of another region");
        return s;
    }

    public static boolean mayManage(Scope scope, ExchangeSession s) {
        return ExchangeScope.mayManage(scope, s.regionCode());
    }

    public CoordinatorPage<ExchangeSession> page(Scope scope, ExchangeFilter filter, int page) {
        Where w = where(scope, filter);
        long total = jdbc.sql("SELECT count(*) FROM coordinator_exchange_session s WHERE " + w.sql).params(w.params)
                .query(Long.class).single();
        int p = CoordinatorPage.clamp(page, total, PAGE_SIZE);
        List<ExchangeSession> rows = jdbc.sql(SELECT + w.sql + " ORDER BY s.held_on DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", PAGE_SIZE).param("offset", (p - 1) * PAGE_SIZE).query(this::map).list();
        return new CoordinatorPage<>(rows, total, p, PAGE_SIZE);
    }

    public void stream(Scope scope, ExchangeFilter filter, Consumer<ExchangeSession> sink) {
        Where w = where(scope, filter);
        try (var rows = jdbc.sql(SELECT + w.sql + " ORDER BY s.held_on DESC, s.id DESC").params(w.params).query(this::map).stream()) {
            rows.forEach(sink);
        }
    }

    @Transactional
    public long create(Scope scope, SessionData data) {
        SessionData d = requireValid(scope, data);
        long id = jdbc.sql("""
                        INSERT INTO coordinator_exchange_session (title, held_on, mode, place, region_code, topic, description, created_by)
                        VALUES (:title, :heldOn, :mode, :place, :region, :topic, :description, :by) RETURNING id""")
                .params(params(d)).param("by", CurrentUser.require().username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, "coordinator_exchange_session", Long.toString(id), "新增学习交流活动：" + d.title(),
                null, auditView(d));
        return id;
    }

    @Transactional
    public void update(Scope scope, long id, int expectedVersion, SessionData data) {
        ExchangeSession before = manageable(scope, id);
        SessionData d = requireValid(scope, data);
        boolean hasAttendance = before.attended() > 0;
        if (hasAttendance && d.heldOn().isAfter(LocalDate.now()))
            throw new ValidationException("heldOn", texts.get("exchange.error.heldOnAfterAttendance"));
        int n = jdbc.sql("""
                        UPDATE coordinator_exchange_session SET title = :title, held_on = :heldOn, mode = :mode, place = :place,
                            region_code = :region, topic = :topic, description = :description, updated_at = now(),
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(params(d)).param("id", id).param("version", expectedVersion).update();
        if (n == 0) throw new OptimisticLockException(texts.get("exchange.what", before.title()));
        // The training rows this session owns follow its date and title.
        jdbc.sql("UPDATE coordinator_training SET trained_on = :d, topic = :t WHERE exchange_session_id = :id")
                .param("d", d.heldOn()).param("t", Attendance.trainingTopic(texts, d.title())).param("id", id).update();
        audit.record(AuditAction.UPDATE, "coordinator_exchange_session", Long.toString(id), "修改学习交流活动：" + d.title(),
                auditView(before.data()), auditView(d));
    }

    /** Deletes a session with its materials' records and attendance (and so the training hours it gave). */
    @Transactional
    public ExchangeSession delete(Scope scope, long id, int expectedVersion) {
        ExchangeSession before = manageable(scope, id);
        int n = jdbc.sql("DELETE FROM coordinator_exchange_session WHERE id = :id AND version = :version")
                .param("id", id).param("version", expectedVersion).update();
        if (n == 0) throw new OptimisticLockException(texts.get("exchange.what", before.title()));
        audit.record(AuditAction.DELETE, "coordinator_exchange_session", Long.toString(id), "删除学习交流活动：" + before.title(),
                auditView(before.data()), null);
        return before;
    }

    private SessionData requireValid(Scope scope, SessionData data) {
        SessionData d = data.normalized();
        List<Violation> v = new ArrayList<>(d.violations(texts));
        if (d.regionCode() != null) {
            boolean known = Regions.PROVINCE.equals(d.regionCode()) || regions.isCity(d.regionCode());
            if (!known) v.add(new Violation("regionCode", texts.get("exchange.error.region")));
            else if (!ExchangeScope.mayManage(scope, d.regionCode()))
                v.add(new Violation("regionCode", texts.get("exchange.error.regionScope")));
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        return d;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, ExchangeFilter f) {
        ExchangeScope s = ExchangeScope.of(scope, "s");
        List<String> and = new ArrayList<>(List.of(s.sql()));
        Map<String, Object> p = new HashMap<>(s.params());
        if (f.text() != null) {
            and.add("(s.title LIKE :q OR s.topic LIKE :q)");
            p.put("q", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.regionCode() != null) {
            and.add("s.region_code = :region");
            p.put("region", f.regionCode());
        }
        if (f.yearValue() != null) {
            and.add("s.held_on >= :from AND s.held_on < :to");
            p.put("from", LocalDate.of(f.yearValue(), 1, 1));
            p.put("to", LocalDate.of(f.yearValue() + 1, 1, 1));
        }
        if (f.modeValue() != null) {
            and.add("s.mode = :mode");
            p.put("mode", f.modeValue().name());
        }
        return new Where(String.join(" AND ", and), p);
    }

    private static Map<String, Object> params(SessionData d) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", d.title());
        p.put("heldOn", d.heldOn());
        p.put("mode", d.mode().name());
        p.put("place", d.place());
        p.put("region", d.regionCode());
        p.put("topic", d.topic());
        p.put("description", d.description());
        return p;
    }

    private static Map<String, Object> auditView(SessionData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", d.title());
        m.put("heldOn", String.valueOf(d.heldOn()));
        m.put("mode", d.mode() == null ? null : d.mode().name());
        m.put("place", d.place());
        m.put("regionCode", d.regionCode());
        m.put("topic", d.topic());
        m.put("description", d.description());
        return m;
    }

    private ExchangeSession map(ResultSet rs, int n) throws SQLException {
        String region = rs.getString("region_code");
        return new ExchangeSession(rs.getLong("id"), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
                SessionMode.valueOf(rs.getString("mode")), rs.getString("place"), region,
                regions.name(region), rs.getString("topic"),
                rs.getString("description"), rs.getString("created_by"), rs.getInt("version"), rs.getInt("invited"),
                rs.getInt("attended"), rs.getBigDecimal("hours"));
    }
}
