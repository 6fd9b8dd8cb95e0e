package tongxing.platform.imports.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.TestSheets;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableReadersTest {

    @TempDir
    Path dir;

    private static final List<List<?>> ROWS = List.of(
            List.of("统一社会信用代码", "企业名称", "所属市县"),
            List.of("91460100MA5TL2026F", "海南“示例”科技, 有限公司", "海口"));

    private List<TableRow> readAll(Path file, String name) {
        List<TableRow> rows = new ArrayList<>();
        try (TableReader reader = TableFormat.detect(file, name).open(file)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void utf8_csv_with_a_byte_order_mark_reads_the_first_header_cleanly() throws IOException {
        Path file = write("a.csv", TestSheets.csvBytes(ROWS, StandardCharsets.UTF_8, true));
        List<TableRow> rows = readAll(file, "企业.csv");
        assertThat(rows.get(0).cells()).containsExactly("统一社会信用代码", "企业名称", "所属市县");
        assertThat(rows.get(1).cells()).containsExactly("91460100MA5TL2026F", "海南“示例”科技, 有限公司", "海口");
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void gbk_csv_as_excel_on_chinese_windows_saves_it_is_recognised() throws IOException {
        Path file = write("b.csv", TestSheets.csvBytes(ROWS, Charset.forName("GBK"), false));
        assertThat(readAll(file, "企业.csv").get(1).cells()).contains("海口");
    }

    @Test
    void blank_lines_keep_the_row_numbers_excel_shows() throws IOException {
        Path file = write("c.csv", "统一社会信用代码,企业名称\r\n\r\nX,甲\r\n".getBytes(StandardCharsets.UTF_8));
        List<TableRow> rows = readAll(file, "c.csv");
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(1).blank()).isTrue();
    }

    @Test
    void xlsx_numbers_read_as_plain_text_and_date_cells_as_iso_dates() throws IOException {
        Path file = write("d.xlsx", TestSheets.xlsx(List.of(
                List.of("从业人员", "联系电话", "营业收入", "成立日期"),
                Arrays.asList(120, 13800138000L, new java.math.BigDecimal("3500.50"), LocalDate.of(2019, 6, 18)),
                Arrays.asList(null, null, "x"))));
        List<TableRow> rows = readAll(file, "d.xlsx");
        assertThat(rows.get(1).cells()).containsExactly("120", "13800138000", "3500.5", "2019-06-18");
        assertThat(rows.get(2).cells()).containsExactly(null, null, "x");
        assertThat(rows.get(2).number()).isEqualTo(3);
    }

    @Test
    void the_format_is_told_by_content_and_old_xls_files_get_a_clear_refusal() throws IOException {
        Path xlsxNamedCsv = write("e.csv", TestSheets.xlsx(List.of(List.of("企业名称"))));
        assertThat(TableFormat.detect(xlsxNamedCsv, "e.csv")).isEqualTo(TableFormat.XLSX);
        Path xls = write("f.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> TableFormat.detect(xls, "f.xls"))
                .isInstanceOfSatisfying(ImportProblem.class, p -> assertThat(p.messageKey()).isEqualTo("imports.file.xls"));
        Path pdf = write("g.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> TableFormat.detect(pdf, "g.pdf"))
                .isInstanceOfSatisfying(ImportProblem.class, p -> assertThat(p.messageKey()).isEqualTo("imports.file.unsupported"));
    }

    @Test
    void a_broken_xlsx_is_a_file_problem_not_a_crash() throws IOException {
        Path broken = write("h.xlsx", new byte[]{'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> readAll(broken, "h.xlsx")).isInstanceOf(ImportProblem.class);
    }
}
