package tongxing.platform.exports;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams rows into an .xlsx as they come, for any list of the platform: a header row, then one
 * row per element, flushed every few hundred rows, strings written inline (no shared-string
 * table growing with the data), a new sheet when one is full. Memory stays flat for a
 * million rows.
 *
 * <pre>{@code
 * var export = new XlsxExport<>("企业库", List.of(XlsxColumn.of("企业名称", EnterpriseRow::name)));
 * long rows = export.write(out, sink -> search.stream(scope, filter, sink));
 * }</pre>
 */
public final class XlsxExport<T> {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Excel's row limit, less the header row. */
    static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;
    private static final int FLUSH_EVERY = 500;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final String sheetName;
    private final List<XlsxColumn<T>> columns;
    private final int rowsPerSheet;

    public XlsxExport(String sheetName, List<XlsxColumn<T>> columns) {
        this(sheetName, columns, ROWS_PER_SHEET);
    }

    XlsxExport(String sheetName, List<XlsxColumn<T>> columns, int rowsPerSheet) {
        if (columns.isEmpty()) throw new IllegalArgumentException("an export needs at least one column");
        this.sheetName = safeSheetName(sheetName);
        this.columns = List.copyOf(columns);
        this.rowsPerSheet = rowsPerSheet;
    }

    /**
     * Writes the workbook to {@code out} (which stays open). The producer pushes rows into the
     * sink it is given, in the order they should appear.
     *
     * @return how many data rows were written
     */
    public long write(OutputStream out, Consumer<Consumer<T>> producer) throws IOException {
        Workbook workbook = new Workbook(out, "Tongxing", "1.0");
        Sheets sheets = new Sheets(workbook);
        try {
            producer.accept(row -> {
                try {
                    sheets.add(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sheets.finish();
        workbook.finish();
        return sheets.total;
    }

    /** The sheets written so far and where the next row goes. */
    private final class Sheets {
        private final Workbook workbook;
        private Worksheet current;
        private int sheetCount;
        private int row;
        private long total;

        Sheets(Workbook workbook) throws IOException {
            this.workbook = workbook;
            next();
        }

        void add(T element) throws IOException {
            if (row > rowsPerSheet) {
                current.finish();
                next();
            }
            for (int c = 0; c < columns.size(); c++) cell(current, row, c, columns.get(c).value().apply(element));
            row++;
            total++;
            if (total % FLUSH_EVERY == 0) current.flush();
        }

        void finish() throws IOException {
            current.finish();
        }

        private void next() throws IOException {
            sheetCount++;
            current = workbook.newWorksheet(sheetCount == 1 ? sheetName : sheetName + "(" + sheetCount + ")");
            for (int c = 0; c < columns.size(); c++) {
                current.width(c, columns.get(c).width());
                current.inlineString(0, c, columns.get(c).header());
                current.style(0, c).bold().fillColor("DDEBF7").set();
            }
            current.freezePane(0, 1);
            row = 1;
        }
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        if (value == null) return;
        if (value instanceof String s) {
            ws.inlineString(r, c, s);
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value instanceof LocalDateTime t) {
            ws.value(r, c, t);
            ws.style(r, c).format(DATE_TIME_FORMAT).set();
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format(DATE_FORMAT).set();
        } else {
            ws.inlineString(r, c, value.toString());
        }
    }

    /** Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]. */
    static String safeSheetName(String name) {
        String s = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[:\\\\/?*\\[\\]]", "_");
        return s.length() > 28 ? s.substring(0, 28) : s;
    }
}
