package tongxing.platform.imports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RowValuesTest {

    private static RowValues of(String column, String value) {
        Map<String, String> row = new HashMap<>();
        row.put(column, value);
        return new RowValues(row);
    }

    @Test
    void dates_are_read_as_people_type_them_and_as_excel_stores_them() {
        LocalDate expected = LocalDate.of(2019, 6, 8);
        for (String s : List.of("2019-06-08", "2019-6-8", "2019/6/8", "2019.6.8", "2019年6月8日", "20190608",
                "2019-06-08 00:00:00", "43624")) {
            assertThat(of("成立日期", s).date("成立日期")).as(s).isEqualTo(expected);
        }
    }

    @Test
    void an_impossible_date_or_a_bare_year_is_rejected_with_the_column_and_the_value() {
        for (String s : List.of("2019-02-30", "2019", "去年")) {
            RowValues v = of("成立日期", s);
            assertThat(v.date("成立日期")).isNull();
            assertThat(v.violations()).singleElement().satisfies(x -> {
                assertThat(x.field()).isEqualTo("成立日期");
                assertThat(x.reason()).contains(s).contains("不是有效日期");
            });
        }
    }

    @Test
    void numbers_accept_thousands_separators_and_integers_accept_a_trailing_point_zero() {
        assertThat(of("从业人员", "1,200").integer("从业人员")).isEqualTo(1200);
        assertThat(of("从业人员", "50.0").integer("从业人员")).isEqualTo(50);
        assertThat(of("营业收入", "3,500.50").decimal("营业收入")).isEqualByComparingTo(new BigDecimal("3500.5"));
        RowValues half = of("从业人员", "12.5");
        assertThat(half.integer("从业人员")).isNull();
        assertThat(half.violations()).singleElement().satisfies(x -> assertThat(x.reason()).contains("应为整数"));
        RowValues text = of("营业收入", "三千");
        assertThat(text.decimal("营业收入")).isNull();
        assertThat(text.rejected("营业收入")).isTrue();
    }

    @Test
    void list_cells_split_on_chinese_and_latin_separators() {
        assertThat(of("标签", "高新技术企业、重点企业,外资;  试点 ；重点企业").list("标签"))
                .containsExactly("高新技术企业", "重点企业", "外资", "试点");
    }
}
