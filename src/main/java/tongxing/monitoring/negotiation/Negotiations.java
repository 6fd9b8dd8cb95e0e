package tongxing.monitoring.negotiation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 集体协商记录 attached to an enterprise: staff record them for their region, an enterprise for
 * itself. Reads follow the data scope (out of scope = 404); every write is audited.
 */
@Service
public class Negotiations {

    public static final List<String> SUBJECTS = List.of("WAGES", "HOURS", "WORK_ARRANGEMENT", "OTHER");
    static final long MAX_ATTACHMENT = 10L * 1024 * 1024;
    private static final String COLUMNS = """
            n.id, n.uscc, n.region_code, n.enterprise_name, n.held_on, n.parties, n.subjects, n.agreement,
            n.workers_covered, n.attachment_name, n.created_by""";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final AuditLog audit;
    private final Texts texts;

    Negotiations(JdbcClient jdbc, EnterpriseRegistry registry, AuditLog audit, Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
    }

    public record Data(String uscc, LocalDate heldOn, String parties, List<String> subjects, String agreement,
                       Integer workersCovered, String attachmentName, String attachmentType, byte[] attachment) {
    }

    public record Attachment(String name, String type, byte[] content) {
    }

    public static boolean mayUse(Role role) {
        return role.isStaff() || role == Role.ENTERPRISE;
    }

    public Optional<Negotiation> find(Scope scope, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "n.region_code", "n.uscc");
        return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_negotiation n WHERE n.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(Negotiations::row).optional();
    }

    public Negotiation require(CurrentUser user, long id) {
        if (!mayUse(user.role())) throw new NotFoundException();
        return find(user.scope(), id).orElseThrow(NotFoundException::new);
    }

    public Attachment attachment(CurrentUser user, long id) {
        Negotiation n = require(user, id);
        if (n.attachmentName() == null) throw new NotFoundException();
        return jdbc.sql("SELECT attachment_name, attachment_type, attachment FROM monitoring_negotiation WHERE id = :id")
                .param("id", id).query((rs, i) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).single();
    }

    @Transactional
    public long create(CurrentUser user, Data d) {
        if (!mayUse(user.role())) throw new NotFoundException();
        String uscc = user.role() == Role.ENTERPRISE ? user.enterpriseUscc() : (d.uscc() == null ? null : d.uscc().trim().toUpperCase());
        List<Violation> v = new ArrayList<>();
        Enterprise e = null;
        if (uscc == null || uscc.isBlank()) v.add(new Violation("uscc", texts.get("casework.error.usccRequired")));
        else {
            e = registry.find(user.scope(), uscc).orElse(null);
            if (e == null) v.add(new Violation("uscc", texts.get("casework.error.unknownEnterprise", uscc)));
            else if (user.role() != Role.ENTERPRISE && !ScopeSql.mayWriteRegion(user.scope(), e.regionCode()))
                v.add(new Violation("uscc", texts.get("casework.negotiation.error.outOfScope")));
        }
        if (d.heldOn() == null) v.add(new Violation("heldOn", texts.get("casework.negotiation.error.heldOnRequired")));
        else if (d.heldOn().isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")))) v.add(new Violation("heldOn", texts.get("casework.negotiation.error.heldOnFuture")));
        if (d.parties() == null || d.parties().isBlank()) v.add(new Violation("parties", texts.get("casework.negotiation.error.partiesRequired")));
        else if (d.parties().length() > 500) v.add(new Violation("parties", texts.get("casework.negotiation.error.partiesTooLong")));
        if (d.subjects() == null || d.subjects().isEmpty()) v.add(new Violation("subjects", texts.get("casework.negotiation.error.subjectsRequired")));
        else if (!SUBJECTS.containsAll(d.subjects())) v.add(new Violation("subjects", texts.get("casework.negotiation.error.subjectsInvalid")));
        if (d.agreement() == null || d.agreement().isBlank()) v.add(new Violation("agreement", texts.get("casework.negotiation.error.agreementRequired")));
        else if (d.agreement().length() > 4000) v.add(new Violation("agreement", texts.get("casework.negotiation.error.agreementTooLong")));
        if (d.workersCovered() == null) v.add(new Violation("workersCovered", texts.get("casework.negotiation.error.workersRequired")));
        else if (d.workersCovered() < 0) v.add(new Violation("workersCovered", texts.get("casework.negotiation.error.workersNegative")));
        if (d.attachment() != null && d.attachment().length > MAX_ATTACHMENT) v.add(new Violation("attachment", texts.get("casework.negotiation.error.attachmentTooLarge")));
        if (!v.isEmpty()) throw new ValidationException(v);
        long id = jdbc.sql("""
                        INSERT INTO monitoring_negotiation (uscc, region_code, enterprise_name, held_on, parties, subjects, agreement,
                            workers_covered, attachment_name, attachment_type, attachment, created_by)
                        VALUES (:uscc, :region, :name, :heldOn, :parties, CAST(:subjects AS text[]), :agreement, :workers,
                            :attName, :attType, :att, :by)
                        RETURNING id""")
                .param("uscc", e.uscc()).param("region", e.regionCode()).param("name", e.name()).param("heldOn", d.heldOn())
                .param("parties", d.parties().trim()).param("subjects", "{" + String.join(",", d.subjects()) + "}")
                .param("agreement", d.agreement().trim()).param("workers", d.workersCovered())
                .param("attName", d.attachment() == null ? null : d.attachmentName())
                .param("attType", d.attachment() == null ? null : d.attachmentType()).param("att", d.attachment())
                .param("by", user.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("heldOn", d.heldOn().toString());
        after.put("parties", d.parties().trim());
        after.put("subjects", String.join(",", d.subjects()));
        after.put("workersCovered", d.workersCovered());
        after.put("attachment", d.attachment() == null ? null : d.attachmentName());
        audit.record(AuditAction.CREATE, "monitoring_negotiation", String.valueOf(id), "登记集体协商：" + e.name(), null, after);
        return id;
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        Negotiation n = require(user, id);
        boolean may = user.role() == Role.ENTERPRISE ? n.uscc().equals(user.enterpriseUscc())
                : ScopeSql.mayWriteRegion(user.scope(), n.regionCode());
        if (!may) throw new NotFoundException();
        jdbc.sql("DELETE FROM monitoring_negotiation WHERE id = :id").param("id", id).update();
        audit.record(AuditAction.DELETE, "monitoring_negotiation", String.valueOf(id), "删除集体协商记录：" + n.enterpriseName(),
                Map.of("heldOn", n.heldOn().toString(), "agreement", n.agreement()), null);
    }

    public record Filter(String q, String subject, String region) {
        Map<String, Object> asParams() {
            Map<String, Object> m = new LinkedHashMap<>();
            if (q != null) m.put("q", q);
            if (subject != null) m.put("subject", subject);
            if (region != null) m.put("region", region);
            return m;
        }
    }

    public record Page(List<Negotiation> rows, long total, int page, int size) {
        public int pageCount() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public Page page(CurrentUser user, Filter f, int page, int size) {
        Where w = where(user, f);
        long total = jdbc.sql("SELECT count(*) FROM monitoring_negotiation n WHERE " + w.sql).params(w.params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + size - 1) / size)));
        List<Negotiation> rows = jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_negotiation n WHERE " + w.sql
                        + " ORDER BY n.held_on DESC, n.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", size).param("offset", (p - 1) * size).query(Negotiations::row).list();
        return new Page(rows, total, p, size);
    }

    public void stream(CurrentUser user, Filter f, Consumer<Negotiation> sink) {
        Where w = where(user, f);
        jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_negotiation n WHERE " + w.sql + " ORDER BY n.held_on DESC, n.id DESC")
                .params(w.params).query(Negotiations::row).stream().forEach(sink);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(CurrentUser user, Filter f) {
        if (!mayUse(user.role())) return new Where("FALSE", Map.of());
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "n.region_code", "n.uscc");
        StringBuilder sql = new StringBuilder(s.sql());
        Map<String, Object> p = new LinkedHashMap<>(s.params());
        if (f.subject() != null) {
            sql.append(" AND :subject = ANY (n.subjects)");
            p.put("subject", f.subject());
        }
        if (f.region() != null) {
            sql.append(" AND n.region_code = :region");
            p.put("region", f.region());
        }
        if (f.q() != null) {
            sql.append(" AND (n.enterprise_name LIKE :q ESCAPE '\\' OR n.uscc = :uscc)");
            p.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            p.put("uscc", f.q().toUpperCase());
        }
        return new Where(sql.toString(), p);
    }

    private static Negotiation row(ResultSet rs, int n) throws SQLException {
        Array a = rs.getArray("subjects");
        return new Negotiation(rs.getLong("id"), rs.getString("uscc"), rs.getString("region_code"), rs.getString("enterprise_name"),
                rs.getObject("held_on", LocalDate.class), rs.getString("parties"),
                a == null ? List.of() : Arrays.asList((String[]) a.getArray()), rs.getString("agreement"),
                rs.getInt("workers_covered"), rs.getString("attachment_name"), rs.getString("created_by"));
    }
}
