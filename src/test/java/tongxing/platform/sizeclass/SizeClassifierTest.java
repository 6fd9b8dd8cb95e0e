package tongxing.platform.sizeclass;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tongxing.TongxingTest;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.platform.sizeclass.SizeClass.LARGE;
import static tongxing.platform.sizeclass.SizeClass.MEDIUM;
import static tongxing.platform.sizeclass.SizeClass.MICRO;
import static tongxing.platform.sizeclass.SizeClass.SMALL;
import static tongxing.platform.sizeclass.SizeClass.UNCLASSIFIED;

/**
 * 统计上大中小微型企业划分办法（2017）at every threshold: exactly at a minimum the tier is reached,
 * one unit below it drops a tier; large, medium and small need every listed minimum.
 */
@TongxingTest
@AutoConfigureMockMvc
class SizeClassifierTest {

    @Autowired
    SizeClassifier classifier;

    private SizeClass size(String industry, Integer employees, String revenue, String assets) {
        return classifier.classify(industry, employees, revenue == null ? null : new BigDecimal(revenue),
                assets == null ? null : new BigDecimal(assets)).sizeClass();
    }

    @Test
    void industry_employees_and_revenue_exactly_at_each_minimum() {
        // C 制造业 (division 13): 1000/40000, 300/2000, 20/300
        assertThat(size("13", 1000, "40000", null)).isEqualTo(LARGE);
        assertThat(size("13", 300, "2000", null)).isEqualTo(MEDIUM);
        assertThat(size("13", 20, "300", null)).isEqualTo(SMALL);
        assertThat(size("C", 1000, "40000", null)).isEqualTo(LARGE);
    }

    @Test
    void industry_one_below_a_minimum_drops_a_tier() {
        assertThat(size("13", 999, "40000", null)).isEqualTo(MEDIUM);
        assertThat(size("13", 1000, "39999.99", null)).isEqualTo(MEDIUM);
        assertThat(size("13", 299, "2000", null)).isEqualTo(SMALL);
        assertThat(size("13", 300, "1999", null)).isEqualTo(SMALL);
        assertThat(size("13", 19, "300", null)).isEqualTo(MICRO);
        assertThat(size("13", 20, "299", null)).isEqualTo(MICRO);
    }

    @Test
    void industry_many_employees_with_small_revenue_takes_the_revenues_tier() {
        assertThat(size("13", 5000, "350", null)).isEqualTo(SMALL);
        assertThat(size("13", 5000, "2500", null)).isEqualTo(MEDIUM);
        assertThat(size("13", 5000, "100", null)).isEqualTo(MICRO);
        assertThat(size("13", 25, "90000", null)).isEqualTo(SMALL);
    }

    @Test
    void retail_300_20000_then_50_500_then_10_100() {
        assertThat(size("52", 300, "20000", null)).isEqualTo(LARGE);
        assertThat(size("52", 299, "20000", null)).isEqualTo(MEDIUM);
        assertThat(size("52", 50, "500", null)).isEqualTo(MEDIUM);
        assertThat(size("52", 49, "500", null)).isEqualTo(SMALL);
        assertThat(size("52", 50, "499", null)).isEqualTo(SMALL);
        assertThat(size("52", 10, "100", null)).isEqualTo(SMALL);
        assertThat(size("52", 9, "100", null)).isEqualTo(MICRO);
        assertThat(size("52", 10, "99", null)).isEqualTo(MICRO);
    }

    @Test
    void wholesale_200_40000_then_20_5000_then_5_1000() {
        assertThat(size("51", 200, "40000", null)).isEqualTo(LARGE);
        assertThat(size("51", 200, "39999", null)).isEqualTo(MEDIUM);
        assertThat(size("51", 20, "5000", null)).isEqualTo(MEDIUM);
        assertThat(size("51", 19, "5000", null)).isEqualTo(SMALL);
        assertThat(size("51", 5, "1000", null)).isEqualTo(SMALL);
        assertThat(size("51", 4, "1000", null)).isEqualTo(MICRO);
        assertThat(size("51", 5, "999", null)).isEqualTo(MICRO);
    }

    @Test
    void construction_needs_revenue_and_assets_and_ignores_employees() {
        // E 建筑业 (division 47): revenue / assets 80000/80000, 6000/5000, 300/300
        assertThat(size("47", null, "80000", "80000")).isEqualTo(LARGE);
        assertThat(size("47", 3, "80000", "80000")).isEqualTo(LARGE);
        assertThat(size("47", null, "80000", "79999")).isEqualTo(MEDIUM);
        assertThat(size("47", null, "79999", "80000")).isEqualTo(MEDIUM);
        assertThat(size("47", null, "6000", "5000")).isEqualTo(MEDIUM);
        assertThat(size("47", null, "6000", "4999")).isEqualTo(SMALL);
        assertThat(size("47", null, "5999", "5000")).isEqualTo(SMALL);
        assertThat(size("47", null, "300", "300")).isEqualTo(SMALL);
        assertThat(size("47", null, "300", "299")).isEqualTo(MICRO);
        assertThat(size("47", null, "299", "300")).isEqualTo(MICRO);
    }

    @Test
    void property_development_7010_by_revenue_and_assets() {
        assertThat(size("7010", null, "200000", "10000")).isEqualTo(LARGE);
        assertThat(size("7010", null, "200000", "9999")).isEqualTo(MEDIUM);
        assertThat(size("7010", null, "199999", "10000")).isEqualTo(MEDIUM);
        assertThat(size("7010", null, "1000", "5000")).isEqualTo(MEDIUM);
        assertThat(size("7010", null, "999", "5000")).isEqualTo(SMALL);
        assertThat(size("7010", null, "1000", "4999")).isEqualTo(SMALL);
        assertThat(size("7010", null, "100", "2000")).isEqualTo(SMALL);
        assertThat(size("7010", null, "99", "2000")).isEqualTo(MICRO);
        assertThat(size("7010", null, "100", "1999")).isEqualTo(MICRO);
        assertThat(classifier.classify("7010", null, new BigDecimal("100"), new BigDecimal("2000")).ruleGroup())
                .isEqualTo("PROPERTY_DEVELOPMENT");
    }

    @Test
    void property_management_702_by_employees_and_revenue() {
        assertThat(size("702", 1000, "5000", null)).isEqualTo(LARGE);
        assertThat(size("702", 999, "5000", null)).isEqualTo(MEDIUM);
        assertThat(size("702", 300, "1000", null)).isEqualTo(MEDIUM);
        assertThat(size("702", 300, "999", null)).isEqualTo(SMALL);
        assertThat(size("702", 100, "500", null)).isEqualTo(SMALL);
        assertThat(size("702", 99, "500", null)).isEqualTo(MICRO);
        assertThat(size("702", 100, "499", null)).isEqualTo(MICRO);
    }

    @Test
    void leasing_and_business_services_by_employees_and_assets_without_revenue() {
        // L (division 72 商务服务业): employees / assets 300/120000, 100/8000, 10/100
        assertThat(size("72", 300, null, "120000")).isEqualTo(LARGE);
        assertThat(size("72", 300, null, "119999")).isEqualTo(MEDIUM);
        assertThat(size("72", 299, null, "120000")).isEqualTo(MEDIUM);
        assertThat(size("72", 100, null, "8000")).isEqualTo(MEDIUM);
        assertThat(size("72", 99, null, "8000")).isEqualTo(SMALL);
        assertThat(size("72", 10, null, "100")).isEqualTo(SMALL);
        assertThat(size("72", 9, null, "100")).isEqualTo(MICRO);
        assertThat(size("72", 10, null, "99")).isEqualTo(MICRO);
    }

    @Test
    void software_300_10000_then_100_1000_then_10_50() {
        assertThat(size("65", 300, "10000", null)).isEqualTo(LARGE);
        assertThat(size("65", 300, "9999", null)).isEqualTo(MEDIUM);
        assertThat(size("65", 100, "1000", null)).isEqualTo(MEDIUM);
        assertThat(size("65", 99, "1000", null)).isEqualTo(SMALL);
        assertThat(size("65", 10, "50", null)).isEqualTo(SMALL);
        assertThat(size("65", 9, "50", null)).isEqualTo(MICRO);
        assertThat(size("65", 10, "49", null)).isEqualTo(MICRO);
    }

    @Test
    void agriculture_by_revenue_only() {
        assertThat(size("01", null, "20000", null)).isEqualTo(LARGE);
        assertThat(size("01", 2, "20000", null)).isEqualTo(LARGE);
        assertThat(size("01", null, "19999", null)).isEqualTo(MEDIUM);
        assertThat(size("01", null, "500", null)).isEqualTo(MEDIUM);
        assertThat(size("01", null, "499", null)).isEqualTo(SMALL);
        assertThat(size("01", null, "50", null)).isEqualTo(SMALL);
        assertThat(size("01", null, "49", null)).isEqualTo(MICRO);
    }

    @Test
    void other_industries_by_employees_only() {
        // M 科学研究和技术服务业 (division 73) falls under 其他未列明行业: 300, 100, 10 employees
        assertThat(size("73", 300, null, null)).isEqualTo(LARGE);
        assertThat(size("73", 299, null, null)).isEqualTo(MEDIUM);
        assertThat(size("73", 100, "1", null)).isEqualTo(MEDIUM);
        assertThat(size("73", 99, null, null)).isEqualTo(SMALL);
        assertThat(size("73", 10, null, null)).isEqualTo(SMALL);
        assertThat(size("73", 9, null, null)).isEqualTo(MICRO);
        assertThat(classifier.classify("73", 9, null, null).ruleGroup()).isEqualTo("OTHER");
    }

    @Test
    void finance_and_railway_are_outside_the_rules() {
        SizeClassification finance = classifier.classify("66", 5000, new BigDecimal("900000"), new BigDecimal("900000"));
        assertThat(finance.sizeClass()).isEqualTo(UNCLASSIFIED);
        assertThat(finance.ruleGroup()).isNull();
        assertThat(finance.reason()).isEqualTo("该行业不在统计上大中小微型企业划分范围内");
        assertThat(size("53", 5000, "900000", null)).isEqualTo(UNCLASSIFIED);
    }

    @Test
    void real_estate_division_70_without_its_group_cannot_be_classified() {
        SizeClassification c = classifier.classify("70", 500, new BigDecimal("5000"), new BigDecimal("5000"));
        assertThat(c.sizeClass()).isEqualTo(UNCLASSIFIED);
        assertThat(c.reason()).contains("房地产业须填写到中类").contains("701").contains("702");
    }

    @Test
    void missing_revenue_leaves_the_size_open_unless_a_known_figure_already_means_micro() {
        SizeClassification open = classifier.classify("13", 500, null, null);
        assertThat(open.sizeClass()).isEqualTo(UNCLASSIFIED);
        assertThat(open.ruleGroup()).isEqualTo("INDUSTRY");
        assertThat(open.reason()).contains("缺少");
        // 19 employees are below even the small minimum of 20: micro whatever the revenue.
        assertThat(size("13", 19, null, null)).isEqualTo(MICRO);
        assertThat(size("13", null, null, null)).isEqualTo(UNCLASSIFIED);
        // Construction: revenue below 300 decides micro without the assets; a large revenue does not.
        assertThat(size("47", null, "100", null)).isEqualTo(MICRO);
        assertThat(size("47", null, "90000", null)).isEqualTo(UNCLASSIFIED);
    }
}
