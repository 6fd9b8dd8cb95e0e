package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The independent check of {@link GuidelineComputation}: every cell of a year computed by PostgreSQL
 * itself, in one statement (occupation levels expanded with string_to_array, GROUPING SETS,
 * {@code percentile_cont}, {@code avg} of the numerics). It was the application's computation until
 * it proved too slow for a million records (bench 7); kept here, it says what the cells must be.
 */
final class PercentileContStatement {

    static final String SQL = """
            WITH low_line AS (
                SELECT l.region_code, l.line
                FROM unnest(CAST(:regions AS text[]), CAST(:lines AS numeric[])) AS l(region_code, line)
            ), rec AS MATERIALIZED (
                SELECT r.survey_enterprise_id AS ent,
                       r.annual_pay AS pay,
                       CASE WHEN o.k = 0 THEN '*' ELSE array_to_string(o.parts[1 : o.k], '-') END AS occ,
                       e.industry_section AS ind, e.region_code AS reg, e.size_class AS sz, e.ownership_code AS own,
                       CASE WHEN r.annual_pay < ll.line THEN 'LOW' END AS low,
                       r.skill_level AS skill, r.title_level AS title
                FROM wage_employee_record r
                JOIN wage_survey_enterprise e ON e.id = r.survey_enterprise_id
                LEFT JOIN low_line ll ON ll.region_code = e.region_code
                CROSS JOIN LATERAL (SELECT string_to_array(r.occupation_code, '-') AS parts) p
                CROSS JOIN LATERAL (SELECT p.parts, k FROM generate_series(0, cardinality(p.parts)) AS k) o
                WHERE e.year = :year AND e.status = 'ACCEPTED' AND r.year = :year
            ), stats AS (
                SELECT occ, %1$s AS dimension, %2$s AS dim_value,
                       count(*) AS employees,
                       percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY CAST(pay AS float8)) AS p,
                       avg(pay) AS mean
                FROM rec
                GROUP BY GROUPING SETS (%3$s)
            ), per_enterprise AS (
                SELECT occ, %1$s AS dimension, %2$s AS dim_value, count(*) AS n
                FROM rec
                GROUP BY GROUPING SETS (%4$s)
            ), shares AS (
                SELECT occ, dimension, dim_value, count(*) AS enterprises, max(n) AS largest
                FROM per_enterprise GROUP BY occ, dimension, dim_value
            )
            SELECT s.occ, s.dimension, s.dim_value, s.employees, sh.enterprises, sh.largest, s.p, s.mean
            FROM stats s JOIN shares sh USING (occ, dimension, dim_value)
            WHERE s.dim_value IS NOT NULL
            """.formatted(
            """
                    CASE WHEN GROUPING(ind) = 0 AND GROUPING(reg) = 0 THEN 'INDUSTRY_REGION'
                         WHEN GROUPING(ind) = 0 THEN 'INDUSTRY' WHEN GROUPING(reg) = 0 THEN 'REGION'
                         WHEN GROUPING(sz) = 0 THEN 'SIZE' WHEN GROUPING(own) = 0 THEN 'OWNERSHIP'
                         WHEN GROUPING(low) = 0 THEN 'LOW_INCOME' WHEN GROUPING(skill) = 0 THEN 'SKILL'
                         WHEN GROUPING(title) = 0 THEN 'TITLE' ELSE 'PROVINCE' END""",
            """
                    CASE WHEN GROUPING(ind) = 0 AND GROUPING(reg) = 0 THEN ind || '|' || reg
                         WHEN GROUPING(ind) = 0 THEN ind WHEN GROUPING(reg) = 0 THEN reg
                         WHEN GROUPING(sz) = 0 THEN sz WHEN GROUPING(own) = 0 THEN own
                         WHEN GROUPING(low) = 0 THEN low WHEN GROUPING(skill) = 0 THEN skill
                         WHEN GROUPING(title) = 0 THEN title ELSE '' END""",
            "(occ), (occ, ind), (occ, reg), (occ, ind, reg), (occ, sz), (occ, own), (occ, low), (occ, skill), (occ, title)",
            "(occ, ent), (occ, ind, ent), (occ, reg, ent), (occ, ind, reg, ent), (occ, sz, ent), (occ, own, ent), "
                    + "(occ, low, ent), (occ, skill, ent), (occ, title, ent)");

    private PercentileContStatement() {
    }

    /** A cell as PostgreSQL computes it: percentiles as its float8 values, the mean as the numeric average. */
    record Cell(int employees, int enterprises, int largest, double[] percentiles, BigDecimal mean) {
    }

    /** Every cell of the year, keyed like {@link GuidelineCells#key}. */
    static Map<String, Cell> cells(JdbcClient jdbc, int year, Map<String, BigDecimal> lowIncomeLines) {
        Map<String, Cell> out = new HashMap<>();
        jdbc.sql(SQL).param("year", year).param("regions", lowIncomeLines.keySet().toArray(String[]::new))
                .param("lines", lowIncomeLines.values().toArray(BigDecimal[]::new))
                .query((ResultSet rs) -> {
                    Array array = rs.getArray("p");
                    Object[] p = (Object[]) array.getArray();
                    double[] percentiles = new double[p.length];
                    for (int i = 0; i < p.length; i++) percentiles[i] = ((Number) p[i]).doubleValue();
                    out.put(GuidelineCells.key(Dimension.valueOf(rs.getString("dimension")), rs.getString("dim_value"),
                                    rs.getString("occ")),
                            new Cell(rs.getInt("employees"), rs.getInt("enterprises"), rs.getInt("largest"), percentiles,
                                    rs.getBigDecimal("mean").setScale(2, RoundingMode.HALF_UP)));
                });
        return out;
    }
}
