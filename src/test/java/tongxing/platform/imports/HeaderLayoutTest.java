package tongxing.platform.imports;

import org.junit.jupiter.api.Test;
import tongxing.platform.imports.table.TableRow;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderLayoutTest {

    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("统一社会信用代码", null, null),
            ImportColumn.required("企业名称", null, null),
            ImportColumn.optional("营业收入（万元）", null, null));

    private static TableRow row(int number, String... cells) {
        return new TableRow(number, Arrays.asList(cells));
    }

    @Test
    void headers_match_despite_spaces_half_width_brackets_required_marks_and_order() {
        HeaderLayout layout = HeaderLayout.read(List.of(
                row(1, "备注", " 企业 名称* ", "营业收入(万元)", "统一社会信用代码（必填）")).iterator(), COLUMNS);
        assertThat(layout.indexOf("企业名称")).isEqualTo(1);
        assertThat(layout.indexOf("营业收入（万元）")).isEqualTo(2);
        assertThat(layout.indexOf("统一社会信用代码")).isEqualTo(3);
        assertThat(layout.values(row(2, "x", "  海南某公司 ", null, "91460100MA5TL2026F")))
                .containsEntry("企业名称", "海南某公司").containsEntry("营业收入（万元）", null);
    }

    @Test
    void a_title_row_above_the_header_is_skipped() {
        HeaderLayout layout = HeaderLayout.read(List.of(
                row(1, "海口市企业台账（2024年）"), row(2), row(3, "统一社会信用代码", "企业名称")).iterator(), COLUMNS);
        assertThat(layout.headerRow()).isEqualTo(3);
    }

    @Test
    void a_missing_required_column_is_named() {
        assertThatThrownBy(() -> HeaderLayout.read(List.of(row(1, "统一社会信用代码", "营业收入（万元）")).iterator(), COLUMNS))
                .isInstanceOfSatisfying(ImportProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("imports.file.missingColumns");
                    assertThat(p.args()[0]).isEqualTo("“企业名称”");
                });
    }

    @Test
    void a_column_given_twice_is_refused() {
        assertThatThrownBy(() -> HeaderLayout.read(List.of(row(1, "统一社会信用代码", "企业名称", "企业名称 ")).iterator(), COLUMNS))
                .isInstanceOfSatisfying(ImportProblem.class, p -> assertThat(p.messageKey()).isEqualTo("imports.file.duplicateColumn"));
    }

    @Test
    void a_file_without_any_known_header_is_refused() {
        assertThatThrownBy(() -> HeaderLayout.read(List.of(row(1, "a", "b"), row(2, "1", "2")).iterator(), COLUMNS))
                .isInstanceOfSatisfying(ImportProblem.class, p -> assertThat(p.messageKey()).isEqualTo("imports.file.noHeader"));
    }
}
