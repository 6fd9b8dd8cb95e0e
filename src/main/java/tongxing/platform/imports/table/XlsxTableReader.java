package tongxing.platform.imports.table;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import tongxing.platform.imports.ImportProblem;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Streams the first sheet of an .xlsx file with FastExcel's reader (SAX-like, row by row).
 * Numbers come back as plain text ("50", not "50.0"; phone numbers without exponent), and
 * date-formatted cells as {@code yyyy-MM-dd}, so that definitions parse text only.
 */
final class XlsxTableReader implements TableReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private int lastRow;

    XlsxTableReader(Path file) {
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            this.rows = workbook.getFirstSheet().openStream();
            this.iterator = rows.iterator();
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem(e, "imports.file.xlsxUnreadable");
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return iterator.hasNext();
        } catch (RuntimeException e) {
            throw new ImportProblem(e, "imports.file.xlsxBroken", lastRow + 1);
        }
    }

    @Override
    public TableRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        Row row = iterator.next();
        lastRow = row.getRowNum();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) cells.add(text(row.getCell(i)));
        return new TableRow(lastRow, cells);
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) return null;
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell)) {
                LocalDateTime t = cell.asDate();
                return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
            }
            BigDecimal n = cell.asNumber();
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) return cell.asBoolean() ? "TRUE" : "FALSE";
        String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
        return raw == null || raw.isEmpty() ? null : raw;
    }

    /** Excel keeps dates as day numbers; only the number format says a cell is a date. */
    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)))
            return true;
        String format = cell.getDataFormatString();
        if (format == null) return false;
        // Ignore quoted literals, [colour]/[locale] parts and escaped characters before looking for date letters.
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return f.matches(".*[yYdD].*") || (f.matches(".*[mM].*") && !f.matches(".*[0#].*"));
    }

    @Override
    public void close() {
        rows.close();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
