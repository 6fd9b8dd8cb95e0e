package tongxing.platform.imports.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tongxing.platform.imports.ImportProblem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Streams a CSV file (UTF-8 with or without BOM, or GBK) with commons-csv. */
final class CsvTableReader implements TableReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false) // keep record numbers equal to the row numbers Excel shows
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int lastRow;

    CsvTableReader(Path file) {
        try {
            TextEncoding.Detected encoding;
            try (InputStream probe = Files.newInputStream(file)) {
                encoding = TextEncoding.detect(probe);
            }
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            this.parser = FORMAT.parse(new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16));
            this.records = parser.iterator();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportProblem(e, "imports.file.unreadable");
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            throw new ImportProblem(e, "imports.file.csvMalformed", lastRow + 1);
        }
    }

    @Override
    public TableRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        CSVRecord record = records.next();
        lastRow = (int) record.getRecordNumber();
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) cells.add(value == null || value.isEmpty() ? null : value);
        return new TableRow(lastRow, cells);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
