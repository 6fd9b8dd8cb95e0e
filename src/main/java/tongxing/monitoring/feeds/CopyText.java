package tongxing.monitoring.feeds;

import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/** COPY text gathered in a builder and sent in pieces of about {@link #BUFFER} bytes. */
final class CopyText {

    /** Bytes gathered before they go to the server in one write. */
    static final int BUFFER = 1 << 16;

    private CopyText() {
    }

    static void flush(CopyIn in, StringBuilder b) throws SQLException {
        if (b.length() == 0) return;
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        b.setLength(0);
    }
}
