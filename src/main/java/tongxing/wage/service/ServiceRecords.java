package tongxing.wage.service;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.wage.survey.WageAccess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 个性化服务记录: record a service given to a surveyed enterprise, delete a wrong one, and list them
 * within the caller's scope. The bureau of the enterprise's region or the provincial office records;
 * everybody who sees program 7 reads within scope (an enterprise its own).
 */
@Service
public class ServiceRecords {

    public static final int PAGE_SIZE = 20;

    /** A page of the list. */
    public record Page(List<ServiceRecord> rows, long total, int page) {
        public int pageCount() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private static final String SELECT = """
            SELECT sr.id, sr.year, sr.uscc, se.region_code, sr.served_on, sr.kind, sr.staff, sr.content, sr.created_by,
                   sr.created_at, sr.version
            FROM wage_service_record sr JOIN wage_survey_enterprise se ON se.year = sr.year AND se.uscc = sr.uscc
            WHERE\s""";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final Regions regions;
    private final AuditLog audit;
    private final Texts texts;

    ServiceRecords(JdbcClient jdbc, EnterpriseRegistry registry, Regions regions, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.regions = regions;
        this.audit = audit;
        this.texts = texts;
    }

    /** Who may record services for enterprises of this region. */
    public static boolean mayRecord(CurrentUser user, String regionCode) {
        return WageAccess.mayActForRegion(user, regionCode);
    }

    /** Who may record services at all (shows the form). */
    public static boolean mayRecordAny(CurrentUser user) {
        return user.role() == tongxing.platform.security.Role.PROVINCE_ADMIN
                || user.role() == tongxing.platform.security.Role.CITY_STAFF;
    }

    @Transactional
    public long record(CurrentUser user, ServiceForm form) {
        WageAccess.require(mayRecordAny(user));
        ServiceForm.Entry e = form.parse(texts, LocalDate.now());
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "se.region_code", "se.uscc");
        Optional<String> region = jdbc.sql("SELECT se.region_code FROM wage_survey_enterprise se WHERE se.year = :y AND se.uscc = :u AND "
                        + s.sql()).param("y", e.year()).param("u", e.uscc()).params(s.params()).query(String.class).optional();
        if (region.isEmpty())
            throw new ValidationException("uscc", texts.get("wage.service.error.notSurveyed", e.uscc(), e.year()));
        if (!mayRecord(user, region.get())) throw new ValidationException("uscc", texts.get("wage.service.error.ownRegion"));
        long id = jdbc.sql("""
                        INSERT INTO wage_service_record (year, uscc, region_code, served_on, kind, staff, content, created_by)
                        VALUES (:y, :u, :r, :d, :k, :staff, :content, :by) RETURNING id""")
                .param("y", e.year()).param("u", e.uscc()).param("r", region.get()).param("d", e.servedOn())
                .param("k", e.kind().name()).param("staff", e.staff()).param("content", e.content())
                .param("by", user.username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, "wage_service_record", String.valueOf(id),
                "登记个性化服务：" + e.uscc() + "（" + e.kind().label() + "，" + e.servedOn() + "）", null, view(e));
        return id;
    }

    @Transactional
    public void delete(CurrentUser user, long id, int version) {
        ServiceRecord r = require(user.scope(), id);
        if (!mayRecord(user, r.regionCode())) throw new ValidationException("id", texts.get("wage.service.error.deleteOwnRegion"));
        int n = jdbc.sql("DELETE FROM wage_service_record WHERE id = :id AND version = :v").param("id", id).param("v", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("wage.service.what"));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("year", r.year());
        before.put("uscc", r.uscc());
        before.put("servedOn", r.servedOn().toString());
        before.put("kind", r.kind().name());
        before.put("staff", r.staff());
        before.put("content", r.content());
        audit.record(AuditAction.DELETE, "wage_service_record", String.valueOf(id),
                "删除个性化服务记录：" + r.uscc() + "（" + r.kind().label() + "，" + r.servedOn() + "）", before, null);
    }

    public ServiceRecord require(Scope scope, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        return jdbc.sql(SELECT + "sr.id = :id AND " + s.sql()).param("id", id).params(s.params())
                .query(ServiceRecords::map).optional().orElseThrow(NotFoundException::new);
    }

    public Page page(Scope scope, ServiceFilter f, int page) {
        Where w = where(scope, f);
        long total = jdbc.sql("SELECT count(*) FROM wage_service_record sr JOIN wage_survey_enterprise se "
                        + "ON se.year = sr.year AND se.uscc = sr.uscc WHERE " + w.sql).params(w.params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        List<ServiceRecord> rows = jdbc.sql(SELECT + w.sql + " ORDER BY sr.served_on DESC, sr.id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", PAGE_SIZE).param("offset", (p - 1) * PAGE_SIZE)
                .query(ServiceRecords::map).list();
        return new Page(named(scope, rows), total, p);
    }

    /** Every record of the filter, for the export (hundreds a year, not millions). */
    public void stream(Scope scope, ServiceFilter f, Consumer<ServiceRecord> sink) {
        Where w = where(scope, f);
        List<ServiceRecord> rows = jdbc.sql(SELECT + w.sql + " ORDER BY sr.served_on, sr.id").params(w.params)
                .query(ServiceRecords::map).list();
        for (int i = 0; i < rows.size(); i += 5_000)
            named(scope, rows.subList(i, Math.min(rows.size(), i + 5_000))).forEach(sink);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, ServiceFilter f) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        Map<String, Object> p = new HashMap<>(s.params());
        StringBuilder sql = new StringBuilder(s.sql());
        if (f.year() != null) {
            sql.append(" AND sr.year = :year");
            p.put("year", f.year());
        }
        if (f.region() != null) {
            sql.append(" AND se.region_code = :region");
            p.put("region", f.region());
        }
        if (f.kind() != null) {
            sql.append(" AND sr.kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.uscc() != null) {
            sql.append(" AND sr.uscc LIKE :uscc");
            p.put("uscc", f.uscc().replace("%", "").replace("_", "") + "%");
        }
        return new Where(sql.toString(), p);
    }

    private List<ServiceRecord> named(Scope scope, List<ServiceRecord> rows) {
        Map<String, String> names = registry.names(scope, rows.stream().map(ServiceRecord::uscc).distinct().toList());
        return rows.stream().map(r -> r.named(names.getOrDefault(r.uscc(), r.uscc()), regions.name(r.regionCode()))).toList();
    }

    private static Map<String, Object> view(ServiceForm.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", e.year());
        m.put("uscc", e.uscc());
        m.put("servedOn", e.servedOn().toString());
        m.put("kind", e.kind().name());
        m.put("staff", e.staff());
        m.put("content", e.content());
        return m;
    }

    private static ServiceRecord map(ResultSet rs, int n) throws SQLException {
        return new ServiceRecord(rs.getLong("id"), rs.getInt("year"), rs.getString("uscc"), null, rs.getString("region_code"),
                null, rs.getObject("served_on", LocalDate.class), ServiceKind.valueOf(rs.getString("kind")),
                rs.getString("staff"), rs.getString("content"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
