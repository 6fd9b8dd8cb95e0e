package tongxing.wage.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The returns of a survey year as a read model: the page and the export of the list (数据填报),
 * and the tally by region and status for the overview. Always within the caller's scope.
 */
@Service
public class ReturnSearch {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final Regions regions;

    ReturnSearch(JdbcClient jdbc, EnterpriseRegistry registry, Regions regions) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.regions = regions;
    }

    /** A page of the list. */
    public record Page(List<ReturnRow> rows, long total, int page) {
        public int pageCount() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** One region's returns by status. */
    public record Tally(String regionCode, String regionName, Map<ReturnStatus, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(ReturnStatus s) {
            return counts.getOrDefault(s, 0L);
        }
    }

    public Page page(Scope scope, ReturnFilter f, int page) {
        Where w = where(scope, f);
        long total = jdbc.sql("SELECT count(*) FROM wage_survey_enterprise se WHERE " + w.sql).params(w.params)
                .query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        List<ReturnRow> rows = jdbc.sql(SELECT + w.sql + " ORDER BY se.region_code, se.uscc LIMIT " + PAGE_SIZE
                        + " OFFSET " + (p - 1) * PAGE_SIZE)
                .params(w.params).query(this::map).list();
        return new Page(named(scope, rows), total, p);
    }

    /** Every row of the filter, for the export (a survey year is thousands of enterprises, not millions). */
    public void stream(Scope scope, ReturnFilter f, Consumer<ReturnRow> sink) {
        Where w = where(scope, f);
        List<ReturnRow> rows = jdbc.sql(SELECT + w.sql + " ORDER BY se.region_code, se.uscc").params(w.params)
                .query(this::map).list();
        for (int i = 0; i < rows.size(); i += 5_000) {
            named(scope, rows.subList(i, Math.min(rows.size(), i + 5_000))).forEach(sink);
        }
    }

    /** Returns of the year by region and status; regions without returns are absent. */
    public List<Tally> tally(Scope scope, int year) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        Map<String, Map<ReturnStatus, Long>> byRegion = new LinkedHashMap<>();
        jdbc.sql("SELECT se.region_code, se.status, count(*) FROM wage_survey_enterprise se WHERE se.year = :year AND "
                        + s.sql() + " GROUP BY se.region_code, se.status ORDER BY se.region_code")
                .param("year", year).params(s.params())
                .query((rs, n) -> byRegion.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(ReturnStatus.class))
                        .put(ReturnStatus.valueOf(rs.getString(2)), rs.getLong(3))).list();
        List<Tally> out = new ArrayList<>();
        byRegion.forEach((r, c) -> out.add(new Tally(r, regions.name(r), c)));
        return out;
    }

    private static final String SELECT = """
            SELECT se.id, se.year, se.uscc, se.region_code, se.status, se.employees, se.total_pay, se.record_count,
                   se.submitted_at, se.updated_at
            FROM wage_survey_enterprise se WHERE\s""";

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, ReturnFilter f) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "se.region_code", "se.uscc");
        Map<String, Object> p = new HashMap<>(s.params());
        StringBuilder sql = new StringBuilder(s.sql());
        if (f.year() != null) {
            sql.append(" AND se.year = :year");
            p.put("year", f.year());
        }
        if (f.region() != null) {
            sql.append(" AND se.region_code = :region");
            p.put("region", f.region());
        }
        if (f.status() != null) {
            sql.append(" AND se.status = :status");
            p.put("status", f.status());
        }
        if (f.uscc() != null) {
            sql.append(" AND se.uscc LIKE :uscc");
            p.put("uscc", f.uscc().replace("%", "").replace("_", "") + "%");
        }
        return new Where(sql.toString(), p);
    }

    private List<ReturnRow> named(Scope scope, List<ReturnRow> rows) {
        Map<String, String> names = registry.names(scope, rows.stream().map(ReturnRow::uscc).toList());
        return rows.stream().map(r -> new ReturnRow(r.id(), r.year(), r.uscc(), names.getOrDefault(r.uscc(), r.uscc()),
                r.regionCode(), regions.name(r.regionCode()), r.status(), r.employees(), r.totalPay(), r.recordCount(),
                r.submittedAt(), r.updatedAt())).toList();
    }

    private ReturnRow map(ResultSet rs, int n) throws SQLException {
        int emp = rs.getInt(6);
        Integer employees = rs.wasNull() ? null : emp;
        BigDecimal total = rs.getBigDecimal(7);
        return new ReturnRow(rs.getLong(1), rs.getInt(2), rs.getString(3), null, rs.getString(4), null,
                ReturnStatus.valueOf(rs.getString(5)), employees, total, rs.getInt(8),
                rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class));
    }
}
