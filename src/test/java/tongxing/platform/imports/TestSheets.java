package tongxing.platform.imports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds import files in tests: .xlsx with FastExcel, CSV as strings; and reads workbooks back. */
public final class TestSheets {

    private TestSheets() {
    }

    /** An .xlsx whose first sheet holds the rows (String, Number or LocalDate cells; null = empty). */
    public static byte[] xlsx(List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof String s) ws.value(r, c, s);
                    else if (v instanceof Number n) ws.value(r, c, n);
                    else if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                        ws.style(r, c).format("yyyy-mm-dd").set();
                    } else if (v != null) throw new IllegalArgumentException("cell type " + v.getClass());
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** CSV text: cells joined by commas (quoted when needed), rows by CRLF as Excel writes them. */
    public static String csv(List<List<?>> rows) {
        return rows.stream().map(r -> r.stream().map(TestSheets::csvCell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    public static byte[] csvBytes(List<List<?>> rows, Charset charset, boolean bom) {
        byte[] body = csv(rows).getBytes(charset);
        if (!bom) return body;
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static String csvCell(Object v) {
        if (v == null) return "";
        String s = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        return s.matches(".*[\",\\r\\n].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Every sheet of a workbook as rows of cell texts (by sheet name). */
    public static java.util.Map<String, List<List<String>>> read(byte[] xlsx) {
        java.util.Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) cells.add(row.getCellText(c));
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
