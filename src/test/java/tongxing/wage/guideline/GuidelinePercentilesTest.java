package tongxing.wage.guideline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;
import tongxing.platform.region.Regions;
import tongxing.platform.wageparam.WageParameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@TongxingTest
class GuidelinePercentilesTest {

    @Autowired JdbcClient jdbc;
    @Autowired GuidelineComputation computation;
    @Autowired TransactionTemplate tx;
    @Autowired Regions regions;
    @Autowired WageParameters wageParameters;

    private Map<String, CellStatistics> compute(int year) {
        Map<String, CellStatistics> cells = new HashMap<>();
        tx.executeWithoutResult(s -> computation.compute(year, LowIncomeLine.byRegion(year, regions, wageParameters),
                c -> cells.put(GuidelineCells.key(c.dimension(), c.dimValue(), c.occupationCode()), c)));
        return cells;
    }

    @Test
    void percentilesInterpolateLinearlyBetweenOrderStatistics() {
        SurveyData data = SurveyData.year(jdbc, 2081);
        data.enterprise("460200", "H").pays("4-03-01-01", 40000, 10000);
        data.enterprise("460200", "H").pays("4-03-01-01", 30000, 20000);

        CellStatistics c = compute(2081).get(GuidelineCells.key(Dimension.PROVINCE, "", "4-03-01-01"));

        // rank h = 1 + p(n-1) over 10000, 20000, 30000, 40000
        assertThat(c.p10()).isEqualByComparingTo("13000.00");   // h = 1.3
        assertThat(c.p25()).isEqualByComparingTo("17500.00");   // h = 1.75
        assertThat(c.p50()).isEqualByComparingTo("25000.00");   // h = 2.5
        assertThat(c.p75()).isEqualByComparingTo("32500.00");   // h = 3.25
        assertThat(c.p90()).isEqualByComparingTo("37000.00");   // h = 3.7
        assertThat(c.mean()).isEqualByComparingTo("25000.00");
        assertThat(c.employees()).isEqualTo(4);
        assertThat(c.enterprises()).isEqualTo(2);
        assertThat(c.largestEmployees()).isEqualTo(2);
    }

    @Test
    void everyLevelOfTheOccupationCodeAndAllOccupationsGetACell() {
        SurveyData data = SurveyData.year(jdbc, 2082);
        data.enterprise("460100", "G").pays("6-02-03-04", 50000).pays("6-02-05-01", 70000).pays("2-02-01-01", 90000);

        Map<String, CellStatistics> cells = compute(2082);

        assertThat(cells.get(GuidelineCells.key(Dimension.PROVINCE, "", "6-02")).p50()).isEqualByComparingTo("60000");
        assertThat(cells.get(GuidelineCells.key(Dimension.PROVINCE, "", "6")).employees()).isEqualTo(2);
        assertThat(cells.get(GuidelineCells.key(Dimension.PROVINCE, "", "6-02-03")).employees()).isEqualTo(1);
        assertThat(cells.get(GuidelineCells.key(Dimension.PROVINCE, "", "*")).p50()).isEqualByComparingTo("70000");
        assertThat(cells.get(GuidelineCells.key(Dimension.REGION, "460100", "*")).employees()).isEqualTo(3);
        assertThat(cells.get(GuidelineCells.key(Dimension.INDUSTRY_REGION, "G|460100", "2")).p50()).isEqualByComparingTo("90000");
        assertThat(cells.get(GuidelineCells.key(Dimension.PROVINCE, "", "*")).occupationLevel()).isZero();
        assertThat(cells.get(GuidelineCells.key(Dimension.PROVINCE, "", "6-02-03-04")).occupationLevel()).isEqualTo(4);
    }

    @Test
    void lowIncomeWorkersAreThoseBelowOneAndAHalfTimesTheAnnualMinimumWage() {
        SurveyData data = SurveyData.year(jdbc, 2083);
        // 海口 is tier 1: 1830 a month → line 1830 × 12 × 1.5 = 32940
        data.enterprise("460100", "H").pays("4-03-01-01", 32939.99, 32940, 20000);

        CellStatistics low = compute(2083).get(GuidelineCells.key(Dimension.LOW_INCOME, "LOW", "4-03-01-01"));

        assertThat(low.employees()).isEqualTo(2);
        assertThat(low.p90()).isLessThan(new BigDecimal("32940"));
    }

    /** The same rows in an in-memory DuckDB: quantile_cont must give the same cents for every cell. */
    @Test
    void everyCellMatchesDuckDbQuantileContOnTheSameRows() throws Exception {
        int year = 2084;
        SurveyData data = SurveyData.year(jdbc, year);
        Random random = new Random(42);
        String[] occupations = {"2-02-01-01", "2-02-01-02", "2-02-07-03", "4-03-01-01", "4-03-02-02", "6-02-03-04", "1-06-01-00"};
        String[] regionCodes = {"460100", "460200", "460300", "469001", "460400499"};
        String[] sections = {"C", "G", "H", "I", null};
        String[] sizes = {"LARGE", "MEDIUM", "SMALL", "MICRO"};
        String[] skills = {null, null, "LEVEL_5", "LEVEL_4", "LEVEL_3"};
        String[] titles = {null, null, null, "JUNIOR", "INTERMEDIATE", "SENIOR"};
        for (int e = 0; e < 40; e++) {
            SurveyData.Ent ent = data.enterprise(tongxing.support.TestEnterprises.freshUscc("460100"),
                    regionCodes[random.nextInt(regionCodes.length)], sections[random.nextInt(sections.length)],
                    sizes[random.nextInt(sizes.length)], random.nextBoolean() ? "110" : "159");
            int employees = e % 7 == 0 ? 1 : 5 + random.nextInt(60);   // some tiny enterprises and cells
            for (int i = 0; i < employees; i++) {
                String occ = occupations[random.nextInt(occupations.length)];
                // ties: pays rounded to 500 yuan; a spread around 30,000–150,000
                double pay = Math.round(Math.exp(10.9 + random.nextGaussian() * 0.45) / 500) * 500;
                ent.employee(occ, BigDecimal.valueOf(pay), skills[random.nextInt(skills.length)], titles[random.nextInt(titles.length)]);
            }
        }
        data.enterprise("460100", "H").status("SUBMITTED").pays("2-02-01-01", 999999);   // not accepted: ignored

        Map<String, CellStatistics> postgres = compute(year);
        Map<String, BigDecimal> lines = LowIncomeLine.byRegion(year, regions, wageParameters);
        Map<String, double[]> duck = duckDb(year, lines);

        assertThat(postgres.keySet()).containsExactlyInAnyOrderElementsOf(duck.keySet());
        assertThat(postgres).hasSizeGreaterThan(300);
        for (var entry : postgres.entrySet()) {
            CellStatistics c = entry.getValue();
            double[] d = duck.get(entry.getKey());
            assertThat(new long[]{c.employees(), c.enterprises(), c.largestEmployees()}).as(entry.getKey())
                    .containsExactly((long) d[0], (long) d[1], (long) d[2]);
            assertThat(List.of(c.p10(), c.p25(), c.p50(), c.p75(), c.p90())).as(entry.getKey())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(fen(d[3]), fen(d[4]), fen(d[5]), fen(d[6]), fen(d[7]));
            assertThat(c.mean().subtract(fen(d[8])).abs()).as(entry.getKey()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        }
    }

    private static BigDecimal fen(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    /** DuckDB's own computation: occupations expanded in Java, one GROUP BY over (occupation, dimension, value). */
    private Map<String, double[]> duckDb(int year, Map<String, BigDecimal> lines) throws Exception {
        Map<String, double[]> out = new HashMap<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = duck.createStatement()) {
                st.execute("CREATE TABLE x (ent BIGINT, pay DOUBLE, occ VARCHAR, dim VARCHAR, val VARCHAR)");
            }
            try (PreparedStatement ins = duck.prepareStatement("INSERT INTO x VALUES (?, ?, ?, ?, ?)")) {
                jdbc.sql("""
                                SELECT r.survey_enterprise_id, r.annual_pay, r.occupation_code, e.industry_section,
                                       e.region_code, e.size_class, e.ownership_code, r.skill_level, r.title_level
                                FROM wage_employee_record r JOIN wage_survey_enterprise e ON e.id = r.survey_enterprise_id
                                WHERE e.year = :y AND e.status = 'ACCEPTED'""").param("y", year)
                        .query((ResultSet rs) -> {
                            try {
                                BigDecimal pay = rs.getBigDecimal(2);
                                List<String[]> dims = new ArrayList<>();
                                dims.add(new String[]{"PROVINCE", ""});
                                String ind = rs.getString(4), reg = rs.getString(5);
                                if (ind != null) dims.add(new String[]{"INDUSTRY", ind});
                                dims.add(new String[]{"REGION", reg});
                                if (ind != null) dims.add(new String[]{"INDUSTRY_REGION", ind + "|" + reg});
                                dims.add(new String[]{"SIZE", rs.getString(6)});
                                dims.add(new String[]{"OWNERSHIP", rs.getString(7)});
                                if (lines.containsKey(reg) && pay.compareTo(lines.get(reg)) < 0) dims.add(new String[]{"LOW_INCOME", "LOW"});
                                if (rs.getString(8) != null) dims.add(new String[]{"SKILL", rs.getString(8)});
                                if (rs.getString(9) != null) dims.add(new String[]{"TITLE", rs.getString(9)});
                                for (String occ : OccupationCodes.selfAndAncestors(rs.getString(3))) {
                                    for (String[] d : dims) {
                                        ins.setLong(1, rs.getLong(1));
                                        ins.setDouble(2, pay.doubleValue());
                                        ins.setString(3, occ);
                                        ins.setString(4, d[0]);
                                        ins.setString(5, d[1]);
                                        ins.addBatch();
                                    }
                                }
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                ins.executeBatch();
            }
            try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery("""
                    WITH per_ent AS (SELECT occ, dim, val, ent, count(*) AS n FROM x GROUP BY ALL),
                         shares AS (SELECT occ, dim, val, count(*) AS ents, max(n) AS largest FROM per_ent GROUP BY ALL)
                    SELECT x.occ, x.dim, x.val, count(*) AS n, any_value(s.ents), any_value(s.largest),
                           quantile_cont(pay, [0.1, 0.25, 0.5, 0.75, 0.9]) AS q, avg(pay)
                    FROM x JOIN shares s ON s.occ = x.occ AND s.dim = x.dim AND s.val = x.val
                    GROUP BY x.occ, x.dim, x.val""")) {
                while (rs.next()) {
                    Object[] q = (Object[]) rs.getArray(7).getArray();
                    out.put(rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(1), new double[]{
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), ((Number) q[0]).doubleValue(), ((Number) q[1]).doubleValue(),
                            ((Number) q[2]).doubleValue(), ((Number) q[3]).doubleValue(), ((Number) q[4]).doubleValue(),
                            rs.getDouble(8)});
                }
            }
        }
        return out;
    }
}
