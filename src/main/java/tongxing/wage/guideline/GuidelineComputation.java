package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Computes every guideline cell of a survey year in PostgreSQL, from the employee records of the
 * ACCEPTED enterprises: each record counts for "all occupations" and for every level of its
 * occupation code, crossed with each {@link Dimension}.
 *
 * <p>Percentile definition (documented on the public page too): {@code percentile_cont}, linear
 * interpolation between order statistics, Hyndman–Fan type 7: for n sorted pays x₁ ≤ … ≤ xₙ the
 * p-th percentile is x at rank h = 1 + p·(n − 1), interpolating between x⌊h⌋ and x⌈h⌉. This is
 * DuckDB's {@code quantile_cont}, numpy's default and Excel's PERCENTILE.INC. Results are
 * rounded to the fen (0.01 yuan), half up.
 *
 * <p>One statement with GROUPING SETS: PostgreSQL sorts the expanded rows once per grouping set
 * and computes all five percentiles from one sort per cell ({@code percentile_cont(ARRAY[...])}).
 * The largest enterprise's headcount per cell comes from a hashed count per (cell, enterprise).
 */
@Component
public class GuidelineComputation {

    public static final String SQL = """
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

    private final JdbcClient jdbc;

    GuidelineComputation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Streams every cell of the year (suppressed or not) to the sink; the caller decides what to
     * keep. Run inside a transaction (the statement raises work_mem for itself).
     *
     * @param lowIncomeLines the annual low-income line by region code ({@link LowIncomeLine})
     */
    public void compute(int year, Map<String, BigDecimal> lowIncomeLines, Consumer<CellStatistics> sink) {
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        String[] regions = lowIncomeLines.keySet().toArray(String[]::new);
        BigDecimal[] lines = lowIncomeLines.values().toArray(BigDecimal[]::new);
        jdbc.sql(SQL).param("year", year).param("regions", regions).param("lines", lines)
                .query((ResultSet rs) -> {
                    sink.accept(map(rs));
                });
    }

    private static CellStatistics map(ResultSet rs) throws SQLException {
        Array array = rs.getArray("p");
        Object[] p = (Object[]) array.getArray();
        return new CellStatistics(rs.getString("occ"), Dimension.valueOf(rs.getString("dimension")),
                rs.getString("dim_value"), rs.getInt("employees"), rs.getInt("enterprises"), rs.getInt("largest"),
                fen(p[0]), fen(p[1]), fen(p[2]), fen(p[3]), fen(p[4]),
                rs.getBigDecimal("mean").setScale(2, RoundingMode.HALF_UP));
    }

    /** Rounds a percentile (a double from percentile_cont) to the fen, through its exact decimal expansion. */
    static BigDecimal fen(Object value) {
        double d = ((Number) value).doubleValue();
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }
}
