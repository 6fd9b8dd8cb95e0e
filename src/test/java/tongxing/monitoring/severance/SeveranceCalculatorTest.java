package tongxing.monitoring.severance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SeveranceCalculatorTest {

    /** Haikou 2024: minimum wage 1,830; province average 114,572 / 12 = 9,547.67 → cap 28,643.01. */
    private static final SeveranceParameters HAIKOU = new SeveranceParameters(new BigDecimal("1830"),
            new BigDecimal("9547.67"), "海南省职工年平均工资 114572 元 ÷ 12");

    private static SeveranceQuote quote(String wage, String hired, String terminated, TerminationType type) {
        return SeveranceCalculator.quote(new SeveranceInput(new BigDecimal(wage), LocalDate.parse(hired),
                LocalDate.parse(terminated), type, "460100", null, true, false), HAIKOU);
    }

    @Test
    void three_full_years_earn_three_months() {
        SeveranceQuote q = quote("6000", "2021-03-01", "2024-02-29", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.monthsCounted()).isEqualByComparingTo("3");
        assertThat(q.total()).isEqualByComparingTo("18000.00");
    }

    @Test
    void exactly_six_months_of_remainder_counts_as_a_full_year() {
        SeveranceQuote q = quote("6000", "2021-01-01", "2023-06-30", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.monthsCounted()).isEqualByComparingTo("3");
    }

    @Test
    void one_day_short_of_six_months_counts_as_half_a_month() {
        SeveranceQuote q = quote("6000", "2021-01-01", "2023-06-29", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.monthsCounted()).isEqualByComparingTo("2.5");
        assertThat(q.total()).isEqualByComparingTo("15000.00");
    }

    @Test
    void a_few_days_of_service_count_as_half_a_month() {
        SeveranceQuote q = quote("6000", "2024-03-01", "2024-03-10", TerminationType.MUTUAL_EMPLOYER_PROPOSED);
        assertThat(q.monthsCounted()).isEqualByComparingTo("0.5");
        assertThat(q.total()).isEqualByComparingTo("3000.00");
    }

    @Test
    void a_wage_below_the_minimum_wage_is_raised_to_it() {
        SeveranceQuote q = quote("1500", "2022-01-01", "2023-12-31", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.wageUsed()).isEqualByComparingTo("1830.00");
        assertThat(q.total()).isEqualByComparingTo("3660.00");
    }

    @Test
    void wage_above_three_times_average_is_capped_and_years_stop_at_twelve() {
        SeveranceQuote q = quote("40000", "2008-01-01", "2023-12-31", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.capped()).isTrue();
        assertThat(q.wageUsed()).isEqualByComparingTo("28643.01");
        assertThat(q.monthsCounted()).isEqualByComparingTo("12");
        assertThat(q.total()).isEqualByComparingTo("343716.12");
    }

    @Test
    void wage_exactly_at_three_times_average_is_not_capped_and_years_are_not_limited() {
        SeveranceQuote q = quote("28643.01", "2008-01-01", "2023-12-31", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.capped()).isFalse();
        assertThat(q.monthsCounted()).isEqualByComparingTo("16");
    }

    @Test
    void service_before_2008_is_flagged_and_not_mixed_in() {
        SeveranceQuote q = quote("6000", "2005-07-01", "2023-12-31", TerminationType.ECONOMIC_LAYOFF);
        assertThat(q.monthsCounted()).isEqualByComparingTo("16");
        assertThat(q.warnings()).singleElement().asString().contains("2008年1月1日前", "2年6个月0天", "第九十七条");
    }

    @Test
    void illegal_termination_pays_twice_the_capped_amount() {
        SeveranceQuote q = quote("6000", "2021-03-01", "2024-02-29", TerminationType.ILLEGAL_TERMINATION);
        assertThat(q.total()).isEqualByComparingTo("36000.00");
    }

    @Test
    void no_fault_dismissal_without_notice_adds_one_month() {
        SeveranceQuote q = SeveranceCalculator.quote(new SeveranceInput(new BigDecimal("6000"), LocalDate.parse("2021-03-01"),
                LocalDate.parse("2024-02-29"), TerminationType.NO_FAULT_DISMISSAL, "460100", new BigDecimal("6500"), false, false), HAIKOU);
        assertThat(q.noticePay()).isEqualByComparingTo("6500.00");
        assertThat(q.total()).isEqualByComparingTo("24500.00");
    }

    @Test
    void resigning_employee_is_owed_nothing() {
        assertThat(quote("6000", "2021-03-01", "2024-02-29", TerminationType.EMPLOYEE_RESIGNS).total()).isZero();
    }

    @Test
    void fixed_term_expiry_after_a_refused_equal_renewal_is_owed_nothing() {
        SeveranceQuote q = SeveranceCalculator.quote(new SeveranceInput(new BigDecimal("6000"), LocalDate.parse("2021-03-01"),
                LocalDate.parse("2024-02-29"), TerminationType.FIXED_TERM_EXPIRY, "460100", null, true, true), HAIKOU);
        assertThat(q.total()).isZero();
    }
}
