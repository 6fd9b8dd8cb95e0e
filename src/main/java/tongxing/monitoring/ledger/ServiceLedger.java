package tongxing.monitoring.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.EnterpriseLocations;
import tongxing.monitoring.layoffplan.LayoffPlans;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * 指导服务台账: one line per listed key enterprise. Headcounts come from the social-insurance feed
 * (insured in December of last year, and in the latest month loaded); name and industry from the
 * registry's public API; the layoff fields from the latest reviewed layoff plan of this year, else
 * as staff entered them. Filtering, counting and paging happen in SQL; names, industries, follow-ups
 * and reviewed plans are fetched once per page (or export chunk), never once per line.
 */
@Service
public class ServiceLedger {

    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    private static final Pattern USCC = Pattern.compile("[0-9A-Z]{18}");
    private static final int EXPORT_CHUNK = 1000;
    private static final String SELECT = """
            SELECT k.uscc, k.region_code, k.risk_level, l.policies, l.planned_layoffs, l.laid_off, l.positions,
                   l.severance_standard, l.ability_to_pay, coalesce(l.version, 0) AS version,
                   (SELECT h.insured FROM monitoring_headcount h WHERE h.month = :yearEnd AND h.uscc = k.uscc) AS year_end,
                   cur.insured AS current, cur.month AS current_month
            FROM monitoring_key_enterprise k
            LEFT JOIN monitoring_ledger_entry l ON l.uscc = k.uscc
            LEFT JOIN LATERAL (SELECT h.insured, h.month FROM monitoring_headcount h WHERE h.uscc = k.uscc
                               ORDER BY h.month DESC LIMIT 1) cur ON true
            WHERE
            """;
    private static final String FROM = """
            FROM monitoring_key_enterprise k
            LEFT JOIN monitoring_ledger_entry l ON l.uscc = k.uscc
            WHERE
            """;

    private final JdbcClient jdbc;
    private final EnterpriseLocations locations;
    private final Industries industries;
    private final LayoffPlans layoffPlans;
    private final AuditLog audit;
    private final Texts texts;

    ServiceLedger(JdbcClient jdbc, EnterpriseLocations locations, Industries industries, LayoffPlans layoffPlans, AuditLog audit,
                  Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.locations = locations;
        this.industries = industries;
        this.layoffPlans = layoffPlans;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(HAINAN);
    }

    public LedgerPage page(CurrentUser user, LedgerFilter filter, int page, int size) {
        Where w = where(user, filter);
        if (w == null) return new LedgerPage(List.of(), 0, 1, size);
        long total = jdbc.sql("SELECT count(*) " + FROM + w.sql).params(w.params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + size - 1) / size)));
        List<Raw> raws = jdbc.sql(SELECT + w.sql + " ORDER BY k.region_code, k.uscc LIMIT :limit OFFSET :offset")
                .params(w.params).param("yearEnd", yearEnd()).param("limit", size).param("offset", (p - 1) * size)
                .query(ServiceLedger::raw).list();
        return new LedgerPage(complete(user, raws), total, p, size);
    }

    /** Every line of the filter, complete, in chunks: for the export. */
    public void forEach(CurrentUser user, LedgerFilter filter, Consumer<LedgerRow> sink) {
        Where w = where(user, filter);
        if (w == null) return;
        for (int offset = 0; ; offset += EXPORT_CHUNK) {
            List<Raw> raws = jdbc.sql(SELECT + w.sql + " ORDER BY k.region_code, k.uscc LIMIT :limit OFFSET :offset")
                    .params(w.params).param("yearEnd", yearEnd()).param("limit", EXPORT_CHUNK).param("offset", offset)
                    .query(ServiceLedger::raw).list();
            complete(user, raws).forEach(sink);
            if (raws.size() < EXPORT_CHUNK) return;
        }
    }

    /** Every line of the filter, complete. */
    public List<LedgerRow> all(CurrentUser user, LedgerFilter filter) {
        List<LedgerRow> rows = new ArrayList<>();
        forEach(user, filter, rows::add);
        return rows;
    }

    public LedgerRow require(CurrentUser user, String uscc) {
        if (!user.role().isStaff()) throw new NotFoundException();
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "k.region_code", "k.uscc");
        Raw raw = jdbc.sql(SELECT + "k.listed AND " + s.sql() + " AND k.uscc = :uscc").params(s.params()).param("uscc", uscc)
                .param("yearEnd", yearEnd()).query(ServiceLedger::raw).optional().orElseThrow(NotFoundException::new);
        return complete(user, List.of(raw)).get(0);
    }

    public List<FollowUp> followUps(String uscc) {
        return jdbc.sql("SELECT id, visited_on, note, recorded_by FROM monitoring_ledger_followup WHERE uscc = :uscc ORDER BY visited_on DESC, id DESC")
                .param("uscc", uscc)
                .query((rs, n) -> new FollowUp(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4))).list();
    }

    @Transactional
    public void save(CurrentUser user, String uscc, int version, LedgerEntryData d) {
        LedgerRow row = requireWritable(user, uscc);
        List<Violation> v = new ArrayList<>();
        if (d.policies() != null && d.policies().length() > 2000) v.add(new Violation("policies", texts.get("casework.ledger.error.policiesTooLong")));
        if (d.plannedLayoffs() != null && d.plannedLayoffs() < 0) v.add(new Violation("plannedLayoffs", texts.get("casework.ledger.error.plannedNegative")));
        if (d.laidOff() != null && d.laidOff() < 0) v.add(new Violation("laidOff", texts.get("casework.ledger.error.laidOffNegative")));
        if (d.positions() != null && d.positions().length() > 500) v.add(new Violation("positions", texts.get("casework.ledger.error.positionsTooLong")));
        if (d.severanceStandard() != null && d.severanceStandard().length() > 500)
            v.add(new Violation("severanceStandard", texts.get("casework.ledger.error.standardTooLong")));
        if (d.abilityToPay() != null && d.abilityToPay().length() > 500) v.add(new Violation("abilityToPay", texts.get("casework.ledger.error.abilityTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        if (row.version() != version) throw new OptimisticLockException(texts.get("casework.record.ledger"));
        int n = jdbc.sql("""
                        INSERT INTO monitoring_ledger_entry AS l (uscc, region_code, policies, planned_layoffs, laid_off, positions,
                            severance_standard, ability_to_pay, updated_by)
                        VALUES (:uscc, :region, :policies, :planned, :laidOff, :positions, :standard, :ability, :by)
                        ON CONFLICT (uscc) DO UPDATE SET policies = excluded.policies, planned_layoffs = excluded.planned_layoffs,
                            laid_off = excluded.laid_off, positions = excluded.positions,
                            severance_standard = excluded.severance_standard, ability_to_pay = excluded.ability_to_pay,
                            updated_by = excluded.updated_by, updated_at = now(), version = l.version + 1
                        WHERE l.version = :version""")
                .param("uscc", uscc).param("region", row.regionCode()).param("policies", trim(d.policies()))
                .param("planned", d.plannedLayoffs()).param("laidOff", d.laidOff()).param("positions", trim(d.positions()))
                .param("standard", trim(d.severanceStandard())).param("ability", trim(d.abilityToPay()))
                .param("by", user.username()).param("version", version).update();
        if (n == 0) throw new OptimisticLockException(texts.get("casework.record.ledger"));
        Map<String, Object> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        before.put("policies", row.policies());
        before.put("plannedLayoffs", row.plannedLayoffs());
        before.put("laidOff", row.laidOff());
        after.put("policies", trim(d.policies()));
        after.put("plannedLayoffs", d.plannedLayoffs());
        after.put("laidOff", d.laidOff());
        after.put("positions", trim(d.positions()));
        after.put("severanceStandard", trim(d.severanceStandard()));
        after.put("abilityToPay", trim(d.abilityToPay()));
        audit.record(AuditAction.UPDATE, "monitoring_ledger", uscc, "修改服务台账：" + row.name(), before, after);
    }

    @Transactional
    public void addFollowUp(CurrentUser user, String uscc, LocalDate on, String note) {
        LedgerRow row = requireWritable(user, uscc);
        List<Violation> v = new ArrayList<>();
        if (on == null) v.add(new Violation("visitedOn", texts.get("casework.ledger.error.visitDateRequired")));
        else if (on.isAfter(today())) v.add(new Violation("visitedOn", texts.get("casework.ledger.error.visitDateFuture")));
        if (note == null || note.isBlank()) v.add(new Violation("note", texts.get("casework.ledger.error.noteRequired")));
        else if (note.length() > 2000) v.add(new Violation("note", texts.get("casework.ledger.error.noteTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        jdbc.sql("INSERT INTO monitoring_ledger_followup (uscc, region_code, visited_on, note, recorded_by) VALUES (:uscc, :region, :on, :note, :by)")
                .param("uscc", uscc).param("region", row.regionCode()).param("on", on).param("note", note.trim())
                .param("by", user.displayName()).update();
        audit.record(AuditAction.CREATE, "monitoring_ledger", uscc, "新增跟踪指导记录：" + row.name(), null,
                Map.of("visitedOn", on.toString(), "note", note.trim()));
    }

    private LedgerRow requireWritable(CurrentUser user, String uscc) {
        LedgerRow row = require(user, uscc);
        if (!ScopeSql.mayWriteRegion(user.scope(), row.regionCode())) throw new NotFoundException();
        return row;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /**
     * The filter as SQL over the key list. A name search asks the registry's public API for the names of the
     * listed enterprises in scope in one query and keeps the matching codes; null when nothing can match.
     */
    private Where where(CurrentUser user, LedgerFilter f) {
        if (!user.role().isStaff()) return null;
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "k.region_code", "k.uscc");
        StringBuilder sql = new StringBuilder("k.listed AND ").append(s.sql());
        Map<String, Object> p = new HashMap<>(s.params());
        if (f.region() != null) {
            sql.append(" AND k.region_code = :region");
            p.put("region", f.region());
        }
        if (f.layoffsOnly()) {
            sql.append(" AND ").append("""
                    (l.planned_layoffs > 0 OR l.laid_off > 0 OR EXISTS (
                        SELECT 1 FROM monitoring_layoff_plan lp WHERE lp.uscc = k.uscc AND lp.status = 'REVIEWED'
                          AND extract(year FROM coalesce(lp.layoff_on, lp.reviewed_on)) = :year))""");
            p.put("year", today().getYear());
        }
        if (f.q() != null) {
            String q = f.q().trim().toUpperCase(Locale.ROOT);
            if (USCC.matcher(q).matches()) {
                sql.append(" AND k.uscc = :uscc");
                p.put("uscc", q);
            } else {
                List<String> matching = namesMatching(sql.toString(), p, q);
                if (matching.isEmpty()) return new Where("FALSE", Map.of());
                sql.append(" AND k.uscc IN (:matching)");
                p.put("matching", matching);
            }
        }
        return new Where(sql.toString(), p);
    }

    private List<String> namesMatching(String sql, Map<String, Object> params, String q) {
        List<String> usccs = jdbc.sql("SELECT k.uscc " + FROM + sql).params(params).query(String.class).list();
        List<String> matching = new ArrayList<>();
        locations.locate(usccs).forEach((uscc, where) -> {
            if (where.name() != null && where.name().toUpperCase(Locale.ROOT).contains(q)) matching.add(uscc);
        });
        return matching;
    }

    /** Adds names, industries, follow-ups and reviewed plans to a page of lines: one query each for the whole page. */
    private List<LedgerRow> complete(CurrentUser user, List<Raw> raws) {
        if (raws.isEmpty()) return List.of();
        List<String> usccs = raws.stream().map(Raw::uscc).toList();
        Map<String, EnterpriseLocations.Location> located = locations.locate(usccs);
        Map<String, String> follow = followUpSummaries(usccs);
        Map<String, LayoffPlans.ReviewedPlan> plans = layoffPlans.latestReviewed(user.scope(), usccs, today().getYear());
        List<LedgerRow> rows = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            EnterpriseLocations.Location where = located.get(r.uscc);
            String name = where == null ? r.uscc : where.name();
            String industry = where == null || where.industrySection() == null ? null
                    : where.industrySection() + " " + industries.name(where.industrySection());
            LayoffPlans.ReviewedPlan p = plans.get(r.uscc);
            if (p != null)
                rows.add(new LedgerRow(r.uscc, r.region, r.risk, name, industry, r.yearEnd, r.current, r.currentMonth, r.policies,
                        follow.get(r.uscc), p.plannedLayoffs(), r.laidOff, p.positions(), p.severanceStandard(), p.abilityToPay(),
                        p.planId(), r.version));
            else
                rows.add(new LedgerRow(r.uscc, r.region, r.risk, name, industry, r.yearEnd, r.current, r.currentMonth, r.policies,
                        follow.get(r.uscc), r.planned, r.laidOff, r.positions, r.standard, r.ability, null, r.version));
        }
        return rows;
    }

    /** 跟踪指导情况 as one text per enterprise, newest first. */
    private Map<String, String> followUpSummaries(List<String> usccs) {
        Map<String, String> m = new HashMap<>();
        jdbc.sql("""
                        SELECT uscc, string_agg(visited_on || ' ' || note, '；' ORDER BY visited_on DESC, id DESC)
                        FROM monitoring_ledger_followup WHERE uscc IN (:usccs) GROUP BY uscc""")
                .param("usccs", usccs)
                .query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    private static LocalDate yearEnd() {
        return LocalDate.of(today().getYear() - 1, 12, 1);
    }

    /** The SQL part of a line, before names, industry, follow-ups and the reviewed plan are added. */
    private record Raw(String uscc, String region, String risk, Integer yearEnd, Integer current, LocalDate currentMonth,
                       String policies, Integer planned, Integer laidOff, String positions, String standard, String ability,
                       int version) {
    }

    private static Raw raw(ResultSet rs, int n) throws SQLException {
        return new Raw(rs.getString("uscc"), rs.getString("region_code"), rs.getString("risk_level"),
                (Integer) rs.getObject("year_end"), (Integer) rs.getObject("current"), rs.getObject("current_month", LocalDate.class),
                rs.getString("policies"), (Integer) rs.getObject("planned_layoffs"), (Integer) rs.getObject("laid_off"),
                rs.getString("positions"), rs.getString("severance_standard"), rs.getString("ability_to_pay"), rs.getInt("version"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
