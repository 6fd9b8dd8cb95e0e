package tongxing.monitoring.clues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.i18n.RecordedText;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.security.StaffDirectory;
import tongxing.platform.security.StaffMember;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 重点问题线索: created from a signal or by hand, assigned to a named staff member of the clue's
 * region or of the province with a deadline, reported up (city → province) and resolved; every
 * step is kept as history. Cities see their region's clues, the province sees all. Once a clue
 * is reported up, the province handles it: only province staff may reassign or resolve it.
 */
@Service
public class Clues {

    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = """
            c.id, c.uscc, c.region_code, c.enterprise_name, c.signal_id, c.signal_level, c.signal_month, c.signal_reason,
            c.signal_reason_key, c.signal_reason_args::text AS signal_reason_args,
            c.title, c.description, c.assignee_id, c.assignee_name, c.deadline, c.status, c.reported_up, c.reported_on,
            c.resolution, c.resolved_on, c.created_by, c.version""";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Texts texts;

    Clues(JdbcClient jdbc, EnterpriseRegistry registry, AuditLog audit, StaffDirectory staff, Texts texts) {
        this.texts = texts;
        this.staff = staff;
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(HAINAN);
    }

    public Optional<Clue> find(Scope scope, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "c.region_code", "c.uscc");
        return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_clue c WHERE c.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(Clues::clue).optional();
    }

    public Clue require(CurrentUser user, long id) {
        if (!user.role().isStaff()) throw new NotFoundException();
        return find(user.scope(), id).orElseThrow(NotFoundException::new);
    }

    public List<ClueStep> steps(long clueId) {
        return jdbc.sql("""
                        SELECT action, actor, actor_name, at, note, note_key, note_args::text FROM monitoring_clue_step
                        WHERE clue_id = :id ORDER BY id""")
                .param("id", clueId)
                .query((rs, n) -> new ClueStep(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), RecordedText.of(rs.getString(5), rs.getString(6), rs.getString(7))))
                .list();
    }

    /** Staff who may take a clue of the region: that region's staff first, then the province's. */
    public List<Assignee> assignees(String regionCode) {
        return staff.enabled(EnumSet.of(Role.PROVINCE_ADMIN, Role.PROVINCE_PARTY, Role.CITY_STAFF),
                        Set.of(regionCode, Regions.PROVINCE)).stream()
                .sorted(Comparator.comparing((StaffMember m) -> Regions.PROVINCE.equals(m.regionCode()))
                        .thenComparing(StaffMember::displayName))
                .map(m -> new Assignee(m.id(), m.displayName(), m.regionCode()))
                .toList();
    }

    /** The signal a clue would be made from, when the caller may see it. */
    public Optional<SignalRef> signal(Scope scope, long signalId) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "s.region_code", "s.uscc");
        return jdbc.sql("SELECT s.id, s.uscc, s.region_code, s.level, s.month, s.reason, s.reason_key, s.reason_args::text FROM monitoring_signal s WHERE s.id = :id AND " + s.sql())
                .param("id", signalId).params(s.params())
                .query(Clues::signalRef).optional();
    }

    /** The newest signals (each month's latest finished run) that the scope may see, most severe first: what a clue starts from. */
    public List<SignalRef> recentSignals(Scope scope, int limit) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "s.region_code", "s.uscc");
        return jdbc.sql("""
                        SELECT s.id, s.uscc, s.region_code, s.level, s.month, s.reason, s.reason_key, s.reason_args::text FROM monitoring_signal s
                        JOIN monitoring_detection_run r ON r.id = s.run_id AND r.status = 'FINISHED'
                        WHERE r.id = (SELECT max(r2.id) FROM monitoring_detection_run r2
                                      WHERE r2.month = r.month AND r2.status = 'FINISHED') AND """ + " " + s.sql() + """

                        ORDER BY s.month DESC, CASE s.level WHEN 'RED' THEN 0 WHEN 'ORANGE' THEN 1 ELSE 2 END, s.id
                        LIMIT :limit""")
                .params(s.params()).param("limit", limit)
                .query(Clues::signalRef).list();
    }

    private static SignalRef signalRef(ResultSet rs, int n) throws SQLException {
        return new SignalRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                RecordedText.of(rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    public record SignalRef(long id, String uscc, String regionCode, String level, LocalDate month, RecordedText reason) {

        /** A clue title to start from, in Chinese: see {@link SuggestedClueTitle}. */
        public String suggestedTitle() {
            return SuggestedClueTitle.from(reason.stored());
        }
    }

    @Transactional
    public long create(CurrentUser user, ClueData d) {
        if (!user.role().isStaff()) throw new NotFoundException();
        List<Violation> v = new ArrayList<>();
        SignalRef signal = null;
        String uscc = d.uscc() == null || d.uscc().isBlank() ? null : d.uscc().trim().toUpperCase();
        if (d.signalId() != null) {
            signal = signal(user.scope(), d.signalId()).orElseThrow(NotFoundException::new);
            uscc = signal.uscc();
        }
        Enterprise enterprise = null;
        if (uscc == null) v.add(new Violation("uscc", texts.get("casework.clue.error.usccRequired")));
        else {
            enterprise = registry.find(user.scope(), uscc).orElse(null);
            if (enterprise == null) v.add(new Violation("uscc", texts.get("casework.error.unknownEnterprise", uscc)));
            else if (!ScopeSql.mayWriteRegion(user.scope(), enterprise.regionCode()))
                v.add(new Violation("uscc", texts.get("casework.clue.error.outOfScope")));
        }
        if (d.title() == null || d.title().isBlank()) v.add(new Violation("title", texts.get("casework.clue.error.titleRequired")));
        else if (d.title().length() > 200) v.add(new Violation("title", texts.get("casework.clue.error.titleTooLong")));
        if (d.description() != null && d.description().length() > 4000) v.add(new Violation("description", texts.get("casework.clue.error.descriptionTooLong")));
        Assignee assignee = enterprise == null ? null : checkAssignee(enterprise.regionCode(), d.assigneeId(), d.deadline(), v);
        if (!v.isEmpty()) throw new ValidationException(v);
        long id = jdbc.sql("""
                        INSERT INTO monitoring_clue (uscc, region_code, enterprise_name, signal_id, signal_level, signal_month,
                            signal_reason, signal_reason_key, signal_reason_args, title, description, assignee_id, assignee_name, deadline, created_by)
                        VALUES (:uscc, :region, :name, :signal, :level, :month, :reason, :reasonKey, CAST(:reasonArgs AS jsonb), :title,
                            :description, :assignee,
                            :assigneeName, :deadline, :by)
                        RETURNING id""")
                .param("uscc", enterprise.uscc()).param("region", enterprise.regionCode()).param("name", enterprise.name())
                .param("signal", signal == null ? null : signal.id()).param("level", signal == null ? null : signal.level())
                .param("month", signal == null ? null : signal.month()).param("reason", signal == null ? null : signal.reason().stored())
                .param("reasonKey", signal == null ? null : signal.reason().key())
                .param("reasonArgs", signal == null ? null : signal.reason().argsJson())
                .param("title", d.title().trim()).param("description", trim(d.description()))
                .param("assignee", assignee.id()).param("assigneeName", assignee.displayName()).param("deadline", d.deadline())
                .param("by", user.username())
                .query(Long.class).single();
        step(id, user, "CREATE", trim(d.description()));
        stepAssigned(id, user, assignee.displayName(), d.deadline(), null);
        audit.record(AuditAction.CREATE, "monitoring_clue", String.valueOf(id), "新建问题线索：" + enterprise.name() + " " + d.title(),
                null, Map.of("title", d.title(), "assignee", assignee.displayName(), "deadline", d.deadline().toString(),
                        "signal", signal == null ? "" : String.valueOf(signal.id())));
        return id;
    }

    @Transactional
    public void assign(CurrentUser user, long id, int version, Long assigneeId, LocalDate deadline, String note) {
        Clue c = requireWritable(user, id);
        List<Violation> v = new ArrayList<>();
        Assignee a = checkAssignee(c.regionCode(), assigneeId, deadline, v);
        if (!v.isEmpty()) throw new ValidationException(v);
        update(id, version, "assignee_id = :assignee, assignee_name = :assigneeName, deadline = :deadline",
                Map.of("assignee", a.id(), "assigneeName", a.displayName(), "deadline", deadline));
        stepAssigned(id, user, a.displayName(), deadline, note == null || note.isBlank() ? null : note.trim());
        audit.record(AuditAction.UPDATE, "monitoring_clue", String.valueOf(id), "交办问题线索：" + c.title(),
                Map.of("assignee", c.assigneeName(), "deadline", c.deadline().toString()),
                Map.of("assignee", a.displayName(), "deadline", deadline.toString()));
    }

    /** 上报: a city reports the clue up to the province. */
    @Transactional
    public void reportUp(CurrentUser user, long id, int version, String note) {
        Clue c = requireWritable(user, id);
        if (!(user.scope() instanceof Scope.Region)) throw new ValidationException("reportUp", texts.get("casework.clue.error.reportUpOnlyRegion"));
        if (c.reportedUp()) throw new ValidationException("reportUp", texts.get("casework.clue.error.alreadyReportedUp"));
        if (note == null || note.isBlank()) throw new ValidationException("note", texts.get("casework.clue.error.reportNoteRequired"));
        update(id, version, "reported_up = true, reported_on = :today", Map.of("today", today()));
        step(id, user, "REPORT_UP", note.trim());
        audit.record(AuditAction.UPDATE, "monitoring_clue", String.valueOf(id), "上报问题线索：" + c.title(),
                Map.of("reportedUp", false), Map.of("reportedUp", true, "note", note.trim()));
    }

    @Transactional
    public void resolve(CurrentUser user, long id, int version, String resolution) {
        Clue c = requireWritable(user, id);
        if (resolution == null || resolution.isBlank()) throw new ValidationException("resolution", texts.get("casework.clue.error.resolutionRequired"));
        if (resolution.length() > 4000) throw new ValidationException("resolution", texts.get("casework.clue.error.resolutionTooLong"));
        update(id, version, "status = 'RESOLVED', resolution = :resolution, resolved_on = :today",
                Map.of("resolution", resolution.trim(), "today", today()));
        step(id, user, "RESOLVE", resolution.trim());
        audit.record(AuditAction.UPDATE, "monitoring_clue", String.valueOf(id), "办结问题线索：" + c.title(),
                Map.of("status", "OPEN"), Map.of("status", "RESOLVED", "resolution", resolution.trim()));
    }

    @Transactional
    public void note(CurrentUser user, long id, int version, String note) {
        Clue c = require(user, id);
        if (note == null || note.isBlank()) throw new ValidationException("note", texts.get("casework.clue.error.noteRequired"));
        if (note.length() > 4000) throw new ValidationException("note", texts.get("casework.clue.error.noteTooLong"));
        update(id, version, "", Map.of());
        step(id, user, "NOTE", note.trim());
        audit.record(AuditAction.UPDATE, "monitoring_clue", String.valueOf(id), "记录线索跟进：" + c.title(), null, Map.of("note", note.trim()));
    }

    public CluePage page(CurrentUser user, ClueFilter filter, int page, int size) {
        Where w = where(user, filter);
        long total = jdbc.sql("SELECT count(*) FROM monitoring_clue c WHERE " + w.sql).params(w.params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + size - 1) / size)));
        List<Clue> rows = jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_clue c WHERE " + w.sql
                        + " ORDER BY (c.status = 'OPEN' AND c.deadline < :today) DESC, c.status, c.deadline, c.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", size).param("offset", (p - 1) * size).query(Clues::clue).list();
        return new CluePage(rows, total, p, size);
    }

    public void stream(CurrentUser user, ClueFilter filter, Consumer<Clue> sink) {
        Where w = where(user, filter);
        jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_clue c WHERE " + w.sql + " ORDER BY c.id DESC")
                .params(w.params).query(Clues::clue).stream().forEach(sink);
    }

    /** May the user change this clue: in scope, not resolved, and the province's once reported up. */
    public static boolean mayHandle(CurrentUser user, Clue c) {
        if (!user.role().isStaff() || c.resolved()) return false;
        if (c.reportedUp()) return user.scope() instanceof Scope.Province;
        return ScopeSql.mayWriteRegion(user.scope(), c.regionCode());
    }

    private Clue requireWritable(CurrentUser user, long id) {
        Clue c = require(user, id);
        if (c.resolved()) throw new ValidationException("status", texts.get("casework.clue.error.resolved"));
        if (!mayHandle(user, c)) throw new ValidationException("status", texts.get("casework.clue.error.handledByProvince"));
        return c;
    }

    private Assignee checkAssignee(String region, Long assigneeId, LocalDate deadline, List<Violation> v) {
        Assignee a = null;
        if (assigneeId == null) v.add(new Violation("assigneeId", texts.get("casework.clue.error.assigneeRequired")));
        else {
            a = assignees(region).stream().filter(x -> x.id() == assigneeId).findFirst().orElse(null);
            if (a == null) v.add(new Violation("assigneeId", texts.get("casework.clue.error.assigneeInvalid")));
        }
        if (deadline == null) v.add(new Violation("deadline", texts.get("casework.clue.error.deadlineRequired")));
        else if (deadline.isBefore(today())) v.add(new Violation("deadline", texts.get("casework.clue.error.deadlinePast")));
        return a;
    }

    private void update(long id, int version, String set, Map<String, Object> params) {
        int n = jdbc.sql("UPDATE monitoring_clue SET " + (set.isEmpty() ? "" : set + ", ") + "updated_at = now(), version = version + 1 WHERE id = :id AND version = :version")
                .params(params).param("id", id).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.clue"));
    }

    private void step(long id, CurrentUser user, String action, String note) {
        step(id, user, action, new RecordedText(note, null, List.of()));
    }

    /**
     * The steps are the clue's shared record, kept in the working language; an assignment also keeps
     * its key and arguments, so that each reader sees it in their own language.
     */
    private void stepAssigned(long id, CurrentUser user, String assignee, LocalDate deadline, String note) {
        String key = note == null ? "casework.clue.step.assigned" : "casework.clue.step.assignedWithNote";
        List<String> args = note == null ? List.of(assignee, deadline.toString()) : List.of(assignee, deadline.toString(), note);
        step(id, user, "ASSIGN", new RecordedText(texts.stored(key, args.toArray()), key, args));
    }

    private void step(long id, CurrentUser user, String action, RecordedText note) {
        jdbc.sql("""
                        INSERT INTO monitoring_clue_step (clue_id, action, actor, actor_name, note, note_key, note_args)
                        VALUES (:id, :action, :actor, :name, :note, :key, CAST(:args AS jsonb))""")
                .param("id", id).param("action", action).param("actor", user.username()).param("name", user.displayName())
                .param("note", note.stored()).param("key", note.key()).param("args", note.argsJson()).update();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(CurrentUser user, ClueFilter f) {
        if (!user.role().isStaff()) return new Where("FALSE", Map.of());
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "c.region_code", "c.uscc");
        StringBuilder sql = new StringBuilder(s.sql());
        Map<String, Object> p = new LinkedHashMap<>(s.params());
        p.put("today", today());
        if ("OPEN".equals(f.state())) sql.append(" AND c.status = 'OPEN'");
        if ("RESOLVED".equals(f.state())) sql.append(" AND c.status = 'RESOLVED'");
        if ("OVERDUE".equals(f.state())) sql.append(" AND c.status = 'OPEN' AND c.deadline < :today");
        if (f.reportedUp()) sql.append(" AND c.reported_up");
        if (f.mine()) {
            sql.append(" AND c.assignee_id = :me");
            p.put("me", user.id());
        }
        if (f.region() != null) {
            sql.append(" AND c.region_code = :region");
            p.put("region", f.region());
        }
        if (f.q() != null) {
            sql.append(" AND (c.enterprise_name LIKE :q ESCAPE '\\' OR c.title LIKE :q ESCAPE '\\' OR c.uscc = :uscc)");
            p.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            p.put("uscc", f.q().toUpperCase());
        }
        return new Where(sql.toString(), p);
    }

    static Clue clue(ResultSet rs, int n) throws SQLException {
        long signal = rs.getLong("signal_id");
        Long signalId = rs.wasNull() ? null : signal;
        return new Clue(rs.getLong("id"), rs.getString("uscc"), rs.getString("region_code"), rs.getString("enterprise_name"),
                signalId, rs.getString("signal_level"), rs.getObject("signal_month", LocalDate.class),
                RecordedText.of(rs.getString("signal_reason"), rs.getString("signal_reason_key"), rs.getString("signal_reason_args")),
                rs.getString("title"), rs.getString("description"), rs.getLong("assignee_id"), rs.getString("assignee_name"),
                rs.getObject("deadline", LocalDate.class), rs.getString("status"), rs.getBoolean("reported_up"),
                rs.getObject("reported_on", LocalDate.class), rs.getString("resolution"), rs.getObject("resolved_on", LocalDate.class),
                rs.getString("created_by"), rs.getInt("version"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
