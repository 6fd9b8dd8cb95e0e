package tongxing.platform.database;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reading the rows of a {@code COPY … TO STDOUT (FORMAT binary)}, one message a row as the driver
 * hands them over: the first message begins with the file header, each row is a field count and
 * then each field's length and bytes (big-endian), the last message is the trailer (a count of -1).
 */
public final class BinaryCopyRows {

    /** The file header in front of the first row: signature (11 bytes), flags and extension length. */
    public static final int HEADER_BYTES = 19;

    private BinaryCopyRows() {
    }

    public static int shortAt(byte[] b, int at) {
        return (short) ((b[at] & 0xFF) << 8 | b[at + 1] & 0xFF);
    }

    public static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    public static long longAt(byte[] b, int at) {
        return (long) intAt(b, at) << 32 | intAt(b, at + 4) & 0xFFFFFFFFL;
    }

    /**
     * A handful of distinct short codes met row after row (region codes): each kept once, matched as
     * bytes, so that hundreds of thousands of rows need no String each.
     */
    public static final class Codes {
        private final List<byte[]> bytes = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        /** The position of the code {@code row[from, to)}, added if it is new. */
        public short indexOf(byte[] row, int from, int to) {
            for (short i = 0; i < bytes.size(); i++) {
                byte[] known = bytes.get(i);
                if (Arrays.equals(known, 0, known.length, row, from, to)) return i;
            }
            bytes.add(Arrays.copyOfRange(row, from, to));
            names.add(new String(row, from, to - from, StandardCharsets.UTF_8));
            return (short) (names.size() - 1);
        }

        /** The codes in the order they were first met. */
        public List<String> names() {
            return List.copyOf(names);
        }
    }
}
