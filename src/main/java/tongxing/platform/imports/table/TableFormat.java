package tongxing.platform.imports.table;

import tongxing.platform.imports.ImportProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The file formats an import accepts, told apart by their first bytes rather than by the name alone. */
public enum TableFormat {
    XLSX(".xlsx"), CSV(".csv");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of an uploaded file, from its content and its name. */
    public static TableFormat detect(Path file, String originalName) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == 0) throw new ImportProblem("imports.file.empty");
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return XLSX;
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) throw new ImportProblem("imports.file.xls");
        String name = originalName == null ? "" : originalName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) return CSV;
        if (name.endsWith(".xls")) throw new ImportProblem("imports.file.xls");
        throw new ImportProblem("imports.file.unsupported");
    }

    public static TableFormat ofStoredFile(Path file) {
        return file.getFileName().toString().endsWith(XLSX.extension) ? XLSX : CSV;
    }

    public TableReader open(Path file) {
        return this == XLSX ? new XlsxTableReader(file) : new CsvTableReader(file);
    }
}
