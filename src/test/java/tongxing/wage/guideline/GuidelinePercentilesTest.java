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

    /**
     * Enterprises of every dimension (some without an industry, some of one employee), ties (pays
     * rounded to 500 yuan), pays in fen right at the low-income line, codes of one to four levels,
     * an enterprise not yet accepted and one without records.
     */
    private static void craftedSurvey(SurveyData data) {
        Random random = new Random(42);
        String[] occupations = {"2-02-01-01", "2-02-01-02", "2-02-07-03", "4-03-01-01", "4-03-02-02", "6-02-03-04", "1-06-01-00",
                "2-02-01", "2-02", "8"};
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
                double pay = Math.exp(10.9 + random.nextGaussian() * 0.45);
                BigDecimal annual = i % 3 == 0
                        ? BigDecimal.valueOf(Math.round(pay / 500) * 500L)          // ties
                        : BigDecimal.valueOf(Math.round(pay * 100), 2);             // fen
                ent.employee(occ, annual, skills[random.nextInt(skills.length)], titles[random.nextInt(titles.length)]);
            }
        }
        // 海口's line is 32940.00: one fen below it is low-income, the line itself is not
        data.enterprise("460100", "H").pays("4-03-01-01", 32939.99, 32940.00, 32940.01, 20000);
        data.enterprise("460100", "H").status("SUBMITTED").pays("2-02-01-01", 999999);   // not accepted: ignored
        data.enterprise("460200", "G");                                                   // accepted, no records
    }

    /**
     * PostgreSQL's own percentile_cont and avg on the same rows: every cell, every count and mean
     * exactly, every percentile to the fen. Where percentile_cont's double ends in half a fen
     * (x.xx5 ± float noise), its own rounding is a coin toss and the exact value decides.
     */
    @Test
    void everyCellMatchesPostgresPercentileContOnTheSameRows() {
        int year = 2079;
        craftedSurvey(SurveyData.year(jdbc, year));
        Map<String, BigDecimal> lines = LowIncomeLine.byRegion(year, regions, wageParameters);

        Map<String, CellStatistics> java = compute(year);
        Map<String, PercentileContStatement.Cell> postgres = tx.execute(s -> PercentileContStatement.cells(jdbc, year, lines));

        assertThat(java.keySet()).containsExactlyInAnyOrderElementsOf(postgres.keySet());
        assertThat(java).hasSizeGreaterThan(300);
        assertThat(java).containsKeys(GuidelineCells.key(Dimension.LOW_INCOME, "LOW", "4-03-01-01"),
                GuidelineCells.key(Dimension.PROVINCE, "", "8"), GuidelineCells.key(Dimension.TITLE, "SENIOR", "2-02"));
        for (var entry : postgres.entrySet()) {
            PercentileContStatement.Cell expected = entry.getValue();
            CellStatistics actual = java.get(entry.getKey());
            assertThat(List.of(actual.employees(), actual.enterprises(), actual.largestEmployees())).as(entry.getKey())
                    .containsExactly(expected.employees(), expected.enterprises(), expected.largest());
            assertThat(actual.mean()).as(entry.getKey()).isEqualByComparingTo(expected.mean());
            assertSamePercentiles(entry.getKey(), actual, expected.percentiles());
        }
    }

    /** Exactly half a fen rounds up, whatever a double would make of 10000.015. */
    @Test
    void percentilesAreExactAndRoundHalfAFenUp() {
        SurveyData data = SurveyData.year(jdbc, 2077);
        data.enterprise("460200", "H").pays("4-03-01-01", 10000.02, 10000.01);

        CellStatistics c = compute(2077).get(GuidelineCells.key(Dimension.PROVINCE, "", "4-03-01-01"));

        assertThat(List.of(c.p10(), c.p25(), c.p50(), c.p75(), c.p90())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10000.01"), new BigDecimal("10000.01"), new BigDecimal("10000.02"),
                        new BigDecimal("10000.02"), new BigDecimal("10000.02"));   // .011, .0125, .015, .0175, .019
        assertThat(c.mean()).isEqualByComparingTo("10000.02");                      // 10000.015
    }

    @Test
    void theTotalsCountTheRecordsReadAndEveryAcceptedEnterprise() {
        int year = 2078;
        SurveyData data = SurveyData.year(jdbc, year);
        data.enterprise("460100", "H").pays("4-03-01-01", 50000, 60000);
        data.enterprise("460200", "G").pays("2-02-01-01", 70000);
        data.enterprise("460200", "G");
        data.enterprise("460200", "G").status("SUBMITTED").pays("2-02-01-01", 70000);

        GuidelineComputation.Totals totals = tx.execute(s -> computation.compute(year,
                LowIncomeLine.byRegion(year, regions, wageParameters), c -> { }));

        assertThat(totals).isEqualTo(new GuidelineComputation.Totals(3, 3));
    }

    /** The same rows in an in-memory DuckDB: quantile_cont must give the same cents for every cell. */
    @Test
    void everyCellMatchesDuckDbQuantileContOnTheSameRows() throws Exception {
        int year = 2084;
        craftedSurvey(SurveyData.year(jdbc, year));

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
            assertSamePercentiles(entry.getKey(), c, new double[]{d[3], d[4], d[5], d[6], d[7]});
            assertThat(c.mean().subtract(fen(d[8])).abs()).as(entry.getKey()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        }
    }

    /**
     * Same fen as another engine's doubles. Where a double is within float noise of half a fen, the
     * exact value is that half (the exact values here have at most four decimals) and rounds up.
     */
    private static void assertSamePercentiles(String cell, CellStatistics c, double[] other) {
        List<BigDecimal> ours = List.of(c.p10(), c.p25(), c.p50(), c.p75(), c.p90());
        for (int i = 0; i < other.length; i++) {
            double hundredths = other[i] * 100;
            boolean halfFen = Math.abs(hundredths - Math.floor(hundredths) - 0.5) < 1e-6;
            if (halfFen) {
                assertThat(ours.get(i)).as(cell + " P" + i + " (half a fen)").isEqualByComparingTo(fen(other[i] + 1e-6));
            } else {
                assertThat(ours.get(i)).as(cell + " P" + i).isEqualByComparingTo(fen(other[i]));
            }
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
