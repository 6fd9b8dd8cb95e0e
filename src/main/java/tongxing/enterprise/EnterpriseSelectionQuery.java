package tongxing.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.sizeclass.SizeClass;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A set-based read API for programs that select enterprises for a campaign (e.g. the wage survey,
 * 薪酬调查样本): the USCC and region of every enterprise matching a filter, in one query, within the
 * caller's scope. The registry's table stays inside this module.
 */
@Service
public class EnterpriseSelectionQuery {

    private static final Pattern USCC_CHARS = Pattern.compile("[0-9A-Z]{18}");

    /**
     * What to select; an empty set means "any". With {@code usccs} given, exactly those enterprises
     * (any status) that also match the other parts; without, active enterprises only.
     */
    public record Criteria(Set<String> regions, Set<String> sections, Set<SizeClass> sizes, Collection<String> usccs) {
        public Criteria {
            regions = regions == null ? Set.of() : Set.copyOf(regions);
            sections = sections == null ? Set.of() : Set.copyOf(sections);
            sizes = sizes == null ? Set.of() : Set.copyOf(sizes);
            usccs = usccs == null ? null : List.copyOf(usccs);
        }
    }

    /** An enterprise as a selection needs it. */
    public record Located(String uscc, String regionCode) {
    }

    private final JdbcClient jdbc;

    EnterpriseSelectionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Located> locate(Scope scope, Criteria c) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        Map<String, Object> p = new HashMap<>(s.params());
        StringBuilder sql = new StringBuilder("SELECT e.uscc, e.region_code FROM enterprise e WHERE ").append(s.sql());
        if (c.usccs() == null) {
            sql.append(" AND e.status = 'ACTIVE'");
        } else {
            sql.append(" AND e.uscc = ANY (CAST(:usccs AS char(18)[]))");
            p.put("usccs", arrayLiteral(c.usccs()));
        }
        if (!c.regions().isEmpty()) {
            sql.append(" AND e.region_code IN (:regions)");
            p.put("regions", List.copyOf(c.regions()));
        }
        if (!c.sections().isEmpty()) {
            sql.append(" AND e.industry_section IN (:sections)");
            p.put("sections", List.copyOf(c.sections()));
        }
        if (!c.sizes().isEmpty()) {
            sql.append(" AND e.size_class IN (:sizes)");
            p.put("sizes", c.sizes().stream().map(Enum::name).toList());
        }
        sql.append(" ORDER BY e.region_code, e.uscc");
        return jdbc.sql(sql.toString()).params(p)
                .query((rs, n) -> new Located(rs.getString(1), rs.getString(2))).list();
    }

    private static String arrayLiteral(Collection<String> usccs) {
        StringBuilder sb = new StringBuilder("{");
        for (String u : usccs) {
            if (u == null || !USCC_CHARS.matcher(u).matches()) continue;
            if (sb.length() > 1) sb.append(',');
            sb.append(u);
        }
        return sb.append('}').toString();
    }
}
