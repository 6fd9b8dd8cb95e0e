package tongxing.wage.guideline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.wage.guideline.SurveyData.times;

@TongxingTest
class SuppressionTest {

    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired GuidelineCells cells;
    @Autowired UserDetailsService users;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private static CellStatistics cell(int employees, int enterprises, int largest) {
        BigDecimal v = new BigDecimal("50000");
        return new CellStatistics("4-03-01-01", Dimension.PROVINCE, "", employees, enterprises, largest, v, v, v, v, v, v);
    }

    private static java.util.Optional<String> reason(CellStatistics c) {
        return SuppressionRule.firstReason(SuppressionRule.of(SuppressionThresholds.defaults()), c);
    }

    @Test
    void twoEnterprisesAreTooFewAndThreeAreEnough() {
        assertThat(reason(cell(40, 2, 20))).contains("FEW_ENTERPRISES");
        assertThat(reason(cell(40, 3, 20))).isEmpty();
    }

    @Test
    void twentyNineEmployeesAreTooFewAndThirtyAreEnough() {
        assertThat(reason(cell(29, 3, 10))).contains("FEW_EMPLOYEES");
        assertThat(reason(cell(30, 3, 10))).isEmpty();
    }

    @Test
    void exactlyHalfIsAllowedAndJustOverHalfIsSuppressed() {
        assertThat(reason(cell(10000, 3, 5000))).isEmpty();              // 50.00%
        assertThat(reason(cell(10000, 3, 5001))).contains("DOMINANCE");  // 50.01%
    }

    @Test
    void thresholdsComeFromConfiguration() {
        var strict = new SuppressionThresholds(5, 100, new BigDecimal("0.30"));
        assertThat(SuppressionRule.firstReason(SuppressionRule.of(strict), cell(200, 4, 10))).contains("FEW_ENTERPRISES");
        assertThat(SuppressionRule.firstReason(SuppressionRule.of(strict), cell(200, 5, 61))).contains("DOMINANCE");
    }

    @Test
    void aSuppressedCellKeepsOnlyItsCountsAndReasonInTheDraft() {
        SurveyData data = SurveyData.year(jdbc, 2085);
        // 2 enterprises in 4-01-01-01: suppressed; 3 enterprises with 10 + 10 + 10 in 4-02-01-01: published
        data.enterprise("460200", "H").pays("4-01-01-01", times(20, 41111)).pays("4-02-01-01", times(10, 52000));
        data.enterprise("460200", "H").pays("4-01-01-01", times(20, 42222)).pays("4-02-01-01", times(10, 54000));
        data.enterprise("460200", "H").pays("4-02-01-01", times(9, 56000)).pays("4-02-01-01", 58000);
        // 29 employees in 4-03-01-01; 15 of 30 in one enterprise for 4-04-01-01 (exactly half), 16 of 31 for 4-05-01-01
        data.enterprise("460100", "I").pays("4-03-01-01", times(10, 61000)).pays("4-04-01-01", times(15, 71000))
                .pays("4-05-01-01", times(16, 81000));
        data.enterprise("460100", "I").pays("4-03-01-01", times(10, 62000)).pays("4-04-01-01", times(8, 72000))
                .pays("4-05-01-01", times(8, 82000));
        data.enterprise("460100", "I").pays("4-03-01-01", times(9, 63000)).pays("4-04-01-01", times(7, 73000))
                .pays("4-05-01-01", times(7, 83000));
        Logins.runAs(users, "admin");

        Edition draft = editions.computeDraft(2085);

        GuidelineRow two = cells.find(draft.id(), "4-01-01-01", Dimension.PROVINCE, "").orElseThrow();
        assertThat(two.suppressedReason()).isEqualTo("FEW_ENTERPRISES");
        assertThat(two.employees()).isEqualTo(40);
        assertThat(two.enterprises()).isEqualTo(2);
        assertThat(List.of(two)).extracting(GuidelineRow::p10, GuidelineRow::p25, GuidelineRow::p50, GuidelineRow::p75,
                GuidelineRow::p90, GuidelineRow::mean).containsOnly(org.assertj.core.groups.Tuple.tuple(null, null, null, null, null, null));
        assertThat(cells.find(draft.id(), "4-02-01-01", Dimension.PROVINCE, "").orElseThrow().p50()).isEqualByComparingTo("54000");
        assertThat(cells.find(draft.id(), "4-03-01-01", Dimension.PROVINCE, "").orElseThrow().suppressedReason()).isEqualTo("FEW_EMPLOYEES");
        assertThat(cells.find(draft.id(), "4-04-01-01", Dimension.PROVINCE, "").orElseThrow().suppressed()).isFalse();
        assertThat(cells.find(draft.id(), "4-05-01-01", Dimension.PROVINCE, "").orElseThrow().suppressedReason()).isEqualTo("DOMINANCE");
        // the suppressed figures are nowhere in the table
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM wage_guideline_cell WHERE edition_id = :id AND occupation_code LIKE '4-01%'
                          AND (p10 IS NOT NULL OR p50 IS NOT NULL OR mean IS NOT NULL)""").param("id", draft.id()).query(Long.class).single())
                .isZero();
        assertThat(draft.suppressed()).isPositive();
    }
}
