package tongxing.monitoring.keylist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The key-enterprise list within a scope: a page for the screen, all rows for the export. */
@Service
public class KeyListQuery {

    private static final String COLUMNS = """
            k.uscc, k.name, k.region_code, k.industry_section, k.risk_level, k.rule_codes, k.override,
            k.override_reason, k.listed_since, k.detected_month""";
    private static final String ORDER = " ORDER BY CASE k.risk_level WHEN 'RED' THEN 1 WHEN 'ORANGE' THEN 2 WHEN 'YELLOW' THEN 3"
            + " ELSE 4 END, k.region_code, k.uscc";

    private final JdbcClient jdbc;
    private final Regions regions;

    KeyListQuery(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public KeyListPage page(Scope scope, KeyListFilter filter, int requestedPage) {
        Where w = where(scope, filter);
        long total = jdbc.sql("SELECT count(*) FROM monitoring_key_enterprise k WHERE " + w.sql).params(w.params)
                .query(Long.class).single();
        int pages = (int) Math.max(1, (total + KeyListPage.SIZE - 1) / KeyListPage.SIZE);
        int page = Math.max(1, Math.min(requestedPage, pages));
        List<KeyListRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_key_enterprise k WHERE " + w.sql + ORDER
                        + " LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", KeyListPage.SIZE).param("offset", (page - 1) * KeyListPage.SIZE)
                .query(this::row).list();
        return new KeyListPage(rows, page, total);
    }

    public void stream(Scope scope, KeyListFilter filter, Consumer<KeyListRow> sink) {
        Where w = where(scope, filter);
        jdbc.sql("SELECT " + COLUMNS + " FROM monitoring_key_enterprise k WHERE " + w.sql + ORDER).params(w.params)
                .query(this::row).stream().forEach(sink);
    }

    /** Listed enterprises by region and risk, within the scope (for the dashboard). */
    public Map<String, Map<String, Long>> countsByRegionAndRisk(Scope scope) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "k.region_code", "k.uscc");
        Map<String, Map<String, Long>> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT k.region_code, coalesce(k.risk_level, 'MANUAL'), count(*) FROM monitoring_key_enterprise k WHERE k.listed AND "
                        + s.sql() + " GROUP BY 1, 2")
                .params(s.params())
                .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)))
                .list();
        return counts;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(Scope scope, KeyListFilter f) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "k.region_code", "k.uscc");
        StringBuilder sql = new StringBuilder("k.listed AND ").append(s.sql());
        Map<String, Object> params = new HashMap<>(s.params());
        if (f.region() != null) {
            sql.append(" AND k.region_code = :region");
            params.put("region", f.region());
        }
        if (f.risk() != null) {
            sql.append(" AND k.risk_level = :risk");
            params.put("risk", f.risk());
        }
        if (f.section() != null) {
            sql.append(" AND k.industry_section = :section");
            params.put("section", f.section());
        }
        if (f.rule() != null) {
            sql.append(" AND k.rule_codes @> ARRAY[CAST(:rule AS text)]");
            params.put("rule", f.rule());
        }
        if (f.q() != null) {
            sql.append(" AND (k.name LIKE :q ESCAPE '\\' OR k.uscc = :uscc)");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("uscc", f.q().toUpperCase());
        }
        return new Where(sql.toString(), params);
    }

    private KeyListRow row(ResultSet rs, int n) throws SQLException {
        Array rules = rs.getArray("rule_codes");
        LocalDate since = rs.getObject("listed_since", LocalDate.class);
        return new KeyListRow(rs.getString("uscc"), rs.getString("name"), rs.getString("region_code"),
                regions.name(rs.getString("region_code")), rs.getString("industry_section"), rs.getString("risk_level"),
                rules == null ? List.of() : Arrays.asList((String[]) rules.getArray()), rs.getString("override"),
                rs.getString("override_reason"), since, rs.getObject("detected_month", LocalDate.class));
    }
}
