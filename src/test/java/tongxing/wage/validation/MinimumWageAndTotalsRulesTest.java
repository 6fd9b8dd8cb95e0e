package tongxing.wage.validation;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tongxing.platform.i18n.Texts;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MinimumWageAndTotalsRulesTest {

    private final MinimumWageRule haikou = new MinimumWageRule(new BigDecimal("1830"), 2000);
    private final Texts texts = new Texts(wageBundle());

    /** The wage bundle as the application reads it; outside a request its texts are Chinese. */
    private static ResourceBundleMessageSource wageBundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/wage");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    @Test
    void full_time_pay_exactly_at_twelve_monthly_minimums_passes_and_one_fen_less_fails() {
        assertThat(haikou.threshold(2000)).isEqualByComparingTo("21960.00");
        assertThat(haikou.check(new BigDecimal("21960.00"), 2000)).isEmpty();
        assertThat(haikou.check(new BigDecimal("21959.99"), 2000)).get().asString().contains("21960.00");
    }

    @Test
    void part_time_hours_pro_rate_the_minimum_and_overtime_hours_do_not_raise_it() {
        assertThat(haikou.threshold(1000)).isEqualByComparingTo("10980.00");
        assertThat(haikou.threshold(2600)).isEqualByComparingTo("21960.00");
        assertThat(haikou.threshold(null)).isEqualByComparingTo("21960.00");
        assertThat(haikou.check(new BigDecimal("10980"), 1000)).isEmpty();
        assertThat(haikou.check(new BigDecimal("10979.99"), 1000)).isPresent();
    }

    @Test
    void pay_sum_exactly_at_the_tolerance_passes_and_beyond_it_fails() {
        TotalsRule rule = new TotalsRule(new BigDecimal("0.05"));
        assertThat(rule.check(texts, 10, new BigDecimal("1000000"), 10, new BigDecimal("1050000"))).isEmpty();
        assertThat(rule.check(texts, 10, new BigDecimal("1000000"), 10, new BigDecimal("950000.00"))).isEmpty();
        assertThat(rule.check(texts, 10, new BigDecimal("1000000"), 10, new BigDecimal("1050000.01")))
                .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("totalPay"));
    }

    @Test
    void record_count_must_equal_the_reported_employees() {
        TotalsRule rule = new TotalsRule(new BigDecimal("0.05"));
        assertThat(rule.check(texts, 11, new BigDecimal("1000000"), 10, new BigDecimal("1000000")))
                .singleElement().satisfies(v -> assertThat(v.reason()).contains("10 条").contains("11 人"));
    }
}
