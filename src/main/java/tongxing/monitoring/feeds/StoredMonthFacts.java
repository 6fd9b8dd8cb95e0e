package tongxing.monitoring.feeds;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The facts a month's partition holds, read in one binary COPY (about 0.1 s for 400,000 facts) so that
 * a corrected file is compared with them in Java: each stored enterprise's region and numbers, found by
 * its USCC's key ({@link UsccKeyIndex}).
 */
final class StoredMonthFacts {

    private final UsccKeyIndex index;
    private final String[] regionNames;
    private final short[] regionOf;
    private final int[] values;
    private final int width;
    private final int size;

    private StoredMonthFacts(UsccKeyIndex index, String[] regionNames, short[] regionOf, int[] values, int width, int size) {
        this.index = index;
        this.regionNames = regionNames;
        this.regionOf = regionOf;
        this.values = values;
        this.width = width;
        this.size = size;
    }

    /** {@code widths}: each measure's column size in bytes (2, 4 or 8); {@code expected}: about how many facts the partition holds. */
    static StoredMonthFacts read(Connection con, String partition, Feed feed, int[] widths, int expected) throws SQLException {
        int width = feed.measures().size();
        StringBuilder select = new StringBuilder("SELECT uscc, region_code");
        for (Feed.Measure m : feed.measures()) select.append(", ").append(m.column());
        CopyOut out = con.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("COPY (" + select + " FROM " + partition + ") TO STDOUT (FORMAT binary)");
        int capacity = Math.max(16, expected);
        long[] hi = new long[capacity], lo = new long[capacity];
        short[] regionOf = new short[capacity];
        int[] values = new int[capacity * width];
        List<byte[]> regionBytes = new ArrayList<>();
        List<String> regionNames = new ArrayList<>();
        int n = 0;
        boolean header = true;
        try {
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                int at = header ? 19 : 0; // the first message starts with the 19-byte file header
                header = false;
                if (row.length - at < 2 || shortAt(row, at) != width + 2) continue; // the trailer
                at += 2;
                int usccLength = intAt(row, at);
                long h = usccLength == 18 ? FeedMonthRows.UsccKey.part(row, at + 4) : -1;
                long l = h < 0 ? -1 : FeedMonthRows.UsccKey.part(row, at + 13);
                at += 4 + Math.max(usccLength, 0);
                int regionLength = intAt(row, at);
                int regionFrom = at + 4;
                at = regionFrom + regionLength;
                if (l < 0) continue; // a code no checked line can name: left as it is
                if (n == hi.length) {
                    hi = Arrays.copyOf(hi, n * 2);
                    lo = Arrays.copyOf(lo, n * 2);
                    regionOf = Arrays.copyOf(regionOf, n * 2);
                    values = Arrays.copyOf(values, n * 2 * width);
                }
                short region = regionAt(regionBytes, row, regionFrom, regionFrom + regionLength);
                if (region < 0) {
                    region = (short) regionNames.size();
                    regionBytes.add(Arrays.copyOfRange(row, regionFrom, regionFrom + regionLength));
                    regionNames.add(new String(row, regionFrom, regionLength, StandardCharsets.UTF_8));
                }
                for (int c = 0; c < width; c++) {
                    int length = intAt(row, at);
                    values[n * width + c] = length == 2 ? shortAt(row, at + 4) : length == 4 ? intAt(row, at + 4) : (int) longAt(row, at + 4);
                    at += 4 + length;
                }
                hi[n] = h;
                lo[n] = l;
                regionOf[n++] = region;
            }
        } finally {
            if (out.isActive()) out.cancelCopy();
        }
        UsccKeyIndex index = new UsccKeyIndex(n);
        for (int i = 0; i < n; i++) index.put(hi[i], lo[i], i);
        return new StoredMonthFacts(index, regionNames.toArray(String[]::new), regionOf, values, width, n);
    }

    int size() {
        return size;
    }

    /** The stored fact of a USCC's key, or -1 when the month holds none for it. */
    int find(long hi, long lo) {
        return index.get(hi, lo);
    }

    /** Whether the stored fact {@code at} has the row's region and numbers. */
    boolean same(int at, String region, FeedMonthRows rows, int row) {
        if (!regionNames[regionOf[at]].equals(region)) return false;
        for (int c = 0; c < width; c++) if (values[at * width + c] != rows.value(row, c)) return false;
        return true;
    }

    private static short regionAt(List<byte[]> known, byte[] row, int from, int to) {
        for (short i = 0; i < known.size(); i++) {
            if (Arrays.equals(known.get(i), 0, known.get(i).length, row, from, to)) return i;
        }
        return -1;
    }

    private static int shortAt(byte[] b, int at) {
        return (short) ((b[at] & 0xFF) << 8 | b[at + 1] & 0xFF);
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
    }

    private static long longAt(byte[] b, int at) {
        return (long) intAt(b, at) << 32 | intAt(b, at + 4) & 0xFFFFFFFFL;
    }
}
