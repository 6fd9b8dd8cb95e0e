package tongxing.wage.collection;

import org.postgresql.copy.CopyIn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The COPY data of a file's records, written while the file is checked and sent only once every row
 * passed: in memory up to {@link #MEMORY_LIMIT} bytes (a file of some 100,000 records), then in a
 * temporary file, so that a very large upload does not fill the heap. Close it to drop the file.
 */
final class CopyPayload implements AutoCloseable {

    static final int MEMORY_LIMIT = 8 << 20;
    private static final int CHUNK = 1 << 16;

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;
    private Path spill;
    private OutputStream spillOut;

    void append(StringBuilder text) {
        if (text.isEmpty()) return;
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text.setLength(0);
        try {
            if (spillOut == null && size + bytes.length > MEMORY_LIMIT) {
                spill = Files.createTempFile("wage-records-", ".copy");
                spillOut = new BufferedOutputStream(Files.newOutputStream(spill), CHUNK);
                for (byte[] c : chunks) spillOut.write(c);
                chunks.clear();
            }
            if (spillOut != null) spillOut.write(bytes);
            else chunks.add(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("buffering the records of an upload failed", e);
        }
        size += bytes.length;
    }

    long size() {
        return size;
    }

    /** Sends everything appended to the COPY. */
    void writeTo(CopyIn in) throws SQLException {
        if (spillOut == null) {
            for (byte[] c : chunks) in.writeToCopy(c, 0, c.length);
            return;
        }
        try {
            spillOut.close();
            spillOut = null;
            byte[] buf = new byte[CHUNK];
            try (InputStream is = Files.newInputStream(spill)) {
                for (int n; (n = is.read(buf)) > 0; ) in.writeToCopy(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the buffered records of an upload failed", e);
        }
    }

    @Override
    public void close() {
        chunks.clear();
        try {
            if (spillOut != null) spillOut.close();
            if (spill != null) Files.deleteIfExists(spill);
        } catch (IOException e) {
            throw new UncheckedIOException("dropping the buffered records of an upload failed", e);
        } finally {
            spillOut = null;
            spill = null;
        }
    }
}
