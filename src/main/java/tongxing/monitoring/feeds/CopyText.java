package tongxing.monitoring.feeds;

import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

/** COPY text built as bytes: ASCII fields (dates, USCCs, region codes) and numbers without a String each. */
final class CopyText {

    /** Bytes gathered before they go to the server in one write. */
    static final int BUFFER = 1 << 16;

    private byte[] buf;
    private int len;

    CopyText(int capacity) {
        buf = new byte[capacity];
    }

    private void room(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    CopyText bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    /** Only for text known to be ASCII without tabs, newlines or backslashes (checked USCCs, region codes). */
    CopyText ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) buf[len++] = (byte) s.charAt(i);
        return this;
    }

    CopyText number(int v) {
        room(11);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    CopyText tab() {
        room(1);
        buf[len++] = '\t';
        return this;
    }

    CopyText newline() {
        room(1);
        buf[len++] = '\n';
        return this;
    }

    int length() {
        return len;
    }

    void flushTo(CopyIn in) throws SQLException {
        if (len == 0) return;
        in.writeToCopy(buf, 0, len);
        len = 0;
    }

    static void flush(CopyIn in, StringBuilder b) throws SQLException {
        if (b.length() == 0) return;
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        b.setLength(0);
    }
}
