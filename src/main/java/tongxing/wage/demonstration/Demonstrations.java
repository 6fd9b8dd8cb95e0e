package tongxing.wage.demonstration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.ownership.OwnershipTypes;
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
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 薪酬分配制度改革示范: create, change and delete demonstrations (by who manages the kind, see
 * {@link DemonstrationAccess}), and read them within the caller's scope for the list, the export to the
 * national office and the year's count against the plan's range.
 */
@Service
public class Demonstrations {

    public static final int PAGE_SIZE = 20;

    /** A page of the list. */
    public record Page(List<Demonstration> rows, long total, int page) {
        public int pageCount() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private static final String SELECT = """
            SELECT d.id, d.year, d.kind, d.uscc, d.region_code, d.title, d.practice, d.created_by, d.created_at,
                   d.updated_at, d.version,
                   (SELECT count(*) FROM wage_demonstration_attachment a WHERE a.demonstration_id = d.id) AS attachments
            FROM wage_demonstration d WHERE\s""";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final OwnershipTypes ownerships;
    private final Regions regions;
    private final DemonstrationAccess access;
    private final AuditLog audit;
    private final Texts texts;

    Demonstrations(JdbcClient jdbc, EnterpriseRegistry registry, OwnershipTypes ownerships, Regions regions,
                   DemonstrationAccess access, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.ownerships = ownerships;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public long create(CurrentUser user, DemonstrationForm form) {
        DemonstrationForm.Entry e = form.parse(texts);
        requireManage(user, e.kind());
        Enterprise ent = eligible(e);
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO wage_demonstration (year, kind, uscc, region_code, title, practice, created_by)
                            VALUES (:y, :k, :u, :r, :t, :p, :by) RETURNING id""")
                    .param("y", e.year()).param("k", e.kind().name()).param("u", e.uscc()).param("r", ent.regionCode())
                    .param("t", e.title()).param("p", e.practice()).param("by", user.username()).query(Long.class).single();
        } catch (DuplicateKeyException ex) {
            throw new ValidationException("uscc", texts.get("wage.demo.error.duplicate", ent.name(), e.year()));
        }
        audit.record(AuditAction.CREATE, "wage_demonstration", String.valueOf(id),
                "新增" + e.kind().label() + "薪酬分配制度改革示范：" + ent.name() + "（" + e.year() + "）", null, view(e, ent.regionCode()));
        return id;
    }

    @Transactional
    public Demonstration update(CurrentUser user, long id, DemonstrationForm form) {
        Demonstration before = require(user.scope(), id);
        requireManage(user, before.kind());
        DemonstrationForm.Entry e = form.parse(texts);
        requireManage(user, e.kind());
        Enterprise ent = eligible(e);
        int n;
        try {
            n = jdbc.sql("""
                            UPDATE wage_demonstration SET year = :y, kind = :k, uscc = :u, region_code = :r, title = :t,
                                practice = :p, updated_at = now(), version = version + 1
                            WHERE id = :id AND version = :v""")
                    .param("y", e.year()).param("k", e.kind().name()).param("u", e.uscc()).param("r", ent.regionCode())
                    .param("t", e.title()).param("p", e.practice()).param("id", id).param("v", form.getVersion()).update();
        } catch (DuplicateKeyException ex) {
            throw new ValidationException("uscc", texts.get("wage.demo.error.duplicate", ent.name(), e.year()));
        }
        if (n == 0) throw new OptimisticLockException(texts.get("wage.demo.what"));
        Map<String, Object> old = view(new DemonstrationForm.Entry(before.year(), before.kind(), before.uscc(), before.title(),
                before.practice()), before.regionCode());
        audit.record(AuditAction.UPDATE, "wage_demonstration", String.valueOf(id),
                "修改薪酬分配制度改革示范：" + ent.name() + "（" + e.year() + "）", old, view(e, ent.regionCode()));
        return require(user.scope(), id);
    }

    @Transactional
    public void delete(CurrentUser user, long id, int version) {
        Demonstration d = require(user.scope(), id);
        requireManage(user, d.kind());
        int n = jdbc.sql("DELETE FROM wage_demonstration WHERE id = :id AND version = :v").param("id", id).param("v", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("wage.demo.what"));
        audit.record(AuditAction.DELETE, "wage_demonstration", String.valueOf(id),
                "删除薪酬分配制度改革示范：" + d.uscc() + "（" + d.year() + "，附件 " + d.attachmentCount() + " 个）",
                view(new DemonstrationForm.Entry(d.year(), d.kind(), d.uscc(), d.title(), d.practice()), d.regionCode()), null);
    }

    public Demonstration require(Scope scope, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "d.region_code", "d.uscc");
        Demonstration d = jdbc.sql(SELECT + "d.id = :id AND " + s.sql()).param("id", id).params(s.params())
                .query(Demonstrations::map).optional().orElseThrow(NotFoundException::new);
        return named(scope, List.of(d)).get(0);
    }

    public Page page(Scope scope, DemonstrationFilter f, int page) {
        Where w = where(scope, f);
        long total = jdbc.sql("SELECT count(*) FROM wage_demonstration d WHERE " + w.sql).params(w.params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        List<Demonstration> rows = jdbc.sql(SELECT + w.sql + " ORDER BY d.year DESC, d.kind, d.region_code, d.id LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", PAGE_SIZE).param("offset", (p - 1) * PAGE_SIZE)
                .query(Demonstrations::map).list();
        return new Page(named(scope, rows), total, p);
    }

    /** Every demonstration of the filter, for the export (a handful a year). */
    public void stream(Scope scope, DemonstrationFilter f, Consumer<Demonstration> sink) {
        Where w = where(scope, f);
        named(scope, jdbc.sql(SELECT + w.sql + " ORDER BY d.year, d.kind, d.region_code, d.id").params(w.params)
                .query(Demonstrations::map).list()).forEach(sink);
    }

    /** The year's demonstrations by kind, in the whole province (the plan's ranges are provincial). */
    public Map<DemonstrationKind, Long> counts(int year) {
        Map<DemonstrationKind, Long> out = new EnumMap<>(DemonstrationKind.class);
        for (DemonstrationKind k : DemonstrationKind.values()) out.put(k, 0L);
        jdbc.sql("SELECT kind, count(*) FROM wage_demonstration WHERE year = :y GROUP BY kind").param("y", year)
                .query((rs, n) -> out.put(DemonstrationKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return out;
    }

    void requireManage(CurrentUser user, DemonstrationKind kind) {
        WageAccess.require(access.mayManage(user, kind));
    }

    /** The registry's enterprise of the entry, when its registration type suits the kind. */
    private Enterprise eligible(DemonstrationForm.Entry e) {
        Enterprise ent = registry.find(Scope.province(), e.uscc()).orElseThrow(() ->
                new ValidationException("uscc", texts.get("wage.demo.error.notRegistered", e.uscc())));
        String why = e.kind().ineligibility(texts, ownerships.find(ent.ownershipCode()).orElse(null));
        if (why != null) throw new ValidationException("kind", texts.get("wage.demo.error.ineligible", ent.name(), why));
        return ent;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, DemonstrationFilter f) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "d.region_code", "d.uscc");
        Map<String, Object> p = new HashMap<>(s.params());
        StringBuilder sql = new StringBuilder(s.sql());
        if (f.year() != null) {
            sql.append(" AND d.year = :year");
            p.put("year", f.year());
        }
        if (f.kind() != null) {
            sql.append(" AND d.kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.region() != null) {
            sql.append(" AND d.region_code = :region");
            p.put("region", f.region());
        }
        if (f.usccPrefix() != null) {
            sql.append(" AND d.uscc LIKE :uscc");
            p.put("uscc", f.usccPrefix() + "%");
        } else if (f.q() != null) {
            sql.append(" AND d.title ILIKE :q");
            p.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(sql.toString(), p);
    }

    private List<Demonstration> named(Scope scope, List<Demonstration> rows) {
        // Names by the province: a demonstration is public knowledge to whoever may see the row at all.
        Map<String, String> names = registry.names(Scope.province(), rows.stream().map(Demonstration::uscc).distinct().toList());
        return rows.stream().map(d -> d.named(names.getOrDefault(d.uscc(), d.uscc()), regions.name(d.regionCode()))).toList();
    }

    private static Map<String, Object> view(DemonstrationForm.Entry e, String region) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", e.year());
        m.put("kind", e.kind().name());
        m.put("uscc", e.uscc());
        m.put("region", region);
        m.put("title", e.title());
        m.put("practice", e.practice().length() > 500 ? e.practice().substring(0, 500) + "…" : e.practice());
        return m;
    }

    private static Demonstration map(ResultSet rs, int n) throws SQLException {
        return new Demonstration(rs.getLong("id"), rs.getInt("year"), DemonstrationKind.valueOf(rs.getString("kind")),
                rs.getString("uscc"), null, rs.getString("region_code"), null, rs.getString("title"), rs.getString("practice"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("version"), rs.getInt("attachments"));
    }
}
