package tongxing.coordinator.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.coordinator.CoordinatorScope;
import tongxing.platform.security.Scope;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the coordinators spread (分布): by region and skill level, by workplace type, by age band. Counted in SQL. */
@Service
public class CoordinatorDistribution {

    /** Age bands of the plan's statistics: under 30, 30-39, 40-49, 50 and over. */
    public static final List<String> AGE_BANDS = List.of("UNDER_30", "30_39", "40_49", "50_PLUS");
    /** Skill levels as columns, with NONE for no certificate. */
    public static final List<String> LEVELS = List.of("LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1", "NONE");

    private final JdbcClient jdbc;

    CoordinatorDistribution(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** region code → level (or NONE) → count. */
    public Map<String, Map<String, Long>> byRegionAndLevel(Scope scope) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        jdbc.sql("SELECT c.region_code, coalesce(c.skill_level, 'NONE'), count(*) FROM coordinator c WHERE " + s.sql()
                        + " GROUP BY 1, 2")
                .params(s.params())
                .query((rs, n) -> m.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)))
                .list();
        return m;
    }

    public Map<String, Long> byWorkplace(Scope scope) {
        return counts(scope, "c.workplace_type");
    }

    public Map<String, Long> byAgeBand(Scope scope, LocalDate today) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        Map<String, Long> m = new LinkedHashMap<>();
        AGE_BANDS.forEach(b -> m.put(b, 0L));
        jdbc.sql("""
                        SELECT CASE WHEN age < 30 THEN 'UNDER_30' WHEN age < 40 THEN '30_39' WHEN age < 50 THEN '40_49'
                                    ELSE '50_PLUS' END AS band, count(*)
                        FROM (SELECT extract(year FROM age(CAST(:today AS date), c.birth_date)) AS age FROM coordinator c
                              WHERE\s""" + s.sql() + ") a GROUP BY 1")
                .params(s.params()).param("today", today)
                .query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }

    private Map<String, Long> counts(Scope scope, String column) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        Map<String, Long> m = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + ", count(*) FROM coordinator c WHERE " + s.sql() + " GROUP BY 1 ORDER BY 1")
                .params(s.params()).query((rs, n) -> m.put(rs.getString(1), rs.getLong(2))).list();
        return m;
    }
}
