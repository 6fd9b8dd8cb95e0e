package tongxing.platform.exports;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxExportTest {

    record Item(String name, Integer count, BigDecimal amount, LocalDate day, LocalDateTime at) {
    }

    private static final List<XlsxColumn<Item>> COLUMNS = List.of(
            XlsxColumn.of("名称", Item::name), XlsxColumn.of("数量", Item::count), XlsxColumn.of("金额（万元）", Item::amount),
            XlsxColumn.of("日期", Item::day), XlsxColumn.<Item>of("时间", Item::at).width(18));

    @Test
    void writes_a_header_and_one_row_per_element_with_typed_cells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new XlsxExport<>("企业库", COLUMNS).write(out, sink -> {
            sink.accept(new Item("海南椰风食品有限公司", 260, new BigDecimal("18000.50"), LocalDate.of(2016, 5, 18),
                    LocalDateTime.of(2026, 11, 24, 9, 30)));
            sink.accept(new Item("=HYPERLINK(\"x\")", null, null, null, null));
        });

        assertThat(written).isEqualTo(2);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("企业库");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("名称");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("海南椰风食品有限公司");
            assertThat(rows.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("260"));
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("18000.5"));
            assertThat(rows.get(1).getCellAsDate(3)).hasValue(LocalDateTime.of(2016, 5, 18, 0, 0));
            assertThat(rows.get(1).getCellAsDate(4)).hasValue(LocalDateTime.of(2026, 11, 24, 9, 30));
            // A text that looks like a formula stays text.
            assertThat(rows.get(2).getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(rows.get(2).getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
    }

    @Test
    void a_full_sheet_continues_on_a_new_one_with_its_own_header() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<XlsxColumn<Long>> columns = List.of(XlsxColumn.of("序号", n -> n));
        long written = new XlsxExport<>("导出", columns, 1000).write(out,
                sink -> LongStream.rangeClosed(1, 2500).boxed().forEach(sink));

        assertThat(written).isEqualTo(2500);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("导出", "导出(2)", "导出(3)");
            List<Row> third = sheets.get(2).read();
            assertThat(third).hasSize(501);
            assertThat(third.get(0).getCellText(0)).isEqualTo("序号");
            assertThat(third.get(500).getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2500"));
        }
    }

    @Test
    void an_empty_export_still_has_its_header() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new XlsxExport<>("空", COLUMNS).write(out, sink -> { })).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void the_chinese_file_name_travels_rfc_5987_encoded_with_an_ascii_fallback() {
        assertThat(XlsxResponse.contentDisposition("企业库_20261124.xlsx", "enterprises_20261124.xlsx"))
                .isEqualTo("attachment; filename=\"enterprises_20261124.xlsx\"; "
                        + "filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%BA%93_20261124.xlsx");
        assertThat(XlsxResponse.encode("a b\"c")).isEqualTo("a%20b%22c");
        assertThat(XlsxResponse.fileName("企业库")).matches("企业库_\\d{8}\\.xlsx");
    }

    @Test
    void sheet_names_excel_refuses_are_made_safe() {
        assertThat(XlsxExport.safeSheetName("a/b:c")).isEqualTo("a_b_c");
        assertThat(XlsxExport.safeSheetName("")).isEqualTo("Sheet1");
    }
}
