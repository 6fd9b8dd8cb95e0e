package tongxing.platform.imports.excel;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The row-level error report: the file's own header and, for each bad row, its cells as they
 * were plus a reason column, so the user fixes the rows in place and uploads the report again
 * (the reason column is ignored on upload). Cells in error are shaded. Written as the file is
 * validated, flushed every few hundred rows, so memory does not grow with the report.
 */
public final class ErrorReportWriter implements Closeable {

    private static final int FLUSH_EVERY = 500;
    private static final String ERROR_FILL = "FFC7CE";

    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private final int reasonColumn;
    private int nextRow = 1;

    public ErrorReportWriter(Path file, String sheetName, List<String> header, String reasonHeader) {
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.workbook = new Workbook(out, "Tongxing", "1.0");
            this.sheet = workbook.newWorksheet(sheetName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reasonColumn = header.size();
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, header.get(c));
            sheet.style(0, c).bold().fillColor("D9E1F2").set();
            sheet.width(c, 18);
        }
        sheet.inlineString(0, reasonColumn, reasonHeader);
        sheet.style(0, reasonColumn).bold().fontColor("9C0006").fillColor("FFC7CE").set();
        sheet.width(reasonColumn, 60);
        sheet.freezePane(0, 1);
    }

    /** One bad row: its cells, which of them are wrong (file column indexes), and the reasons. */
    public void write(List<String> cells, Set<Integer> badColumns, String reasons) {
        if (nextRow >= Worksheet.MAX_ROWS) return; // a sheet ends here; the database still holds every error
        int r = nextRow++;
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (v != null) sheet.inlineString(r, c, v);
            if (badColumns.contains(c)) sheet.style(r, c).fillColor(ERROR_FILL).set();
        }
        sheet.inlineString(r, reasonColumn, reasons);
        sheet.style(r, reasonColumn).fontColor("9C0006").wrapText(true).set();
        if (r % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
