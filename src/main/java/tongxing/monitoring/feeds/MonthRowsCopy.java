package tongxing.monitoring.feeds;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The accepted rows of a month sent at once, written into a table with one binary COPY straight from the columns. */
final class MonthRowsCopy {

    private MonthRowsCopy() {
    }

    /**
     * COPYs the rows {@code check} accepts, in USCC order, into {@code table} (a fact table's columns),
     * each as soon as the registry's answer for it is in. {@code freeze}: the table was created in this
     * transaction (COPY FREEZE). If {@code byRegion} is given, it receives {enterprises, first measure
     * summed} per region.
     *
     * @return the rows written
     */
    static int copy(Connection con, String table, boolean freeze, Feed feed, LocalDate month, FeedMonthRows rows, RegistryCheck check,
                    long loadId, Map<String, long[]> byRegion) throws SQLException {
        int width = feed.measures().size();
        int[] measureBytes = measureWidths(con, table, feed);
        CopyIn in = begin(con, table, freeze, feed, month, loadId);
        try {
            CopyBinary b = new CopyBinary().header();
            String lastRegion = null;
            long[] figures = null;
            for (int i = 0; i < check.size(); i++) {
                String region = check.regionIfAccepted(i);
                if (region == null) continue;
                int row = check.row(i);
                write(b, rows, row, region, measureBytes, in);
                if (byRegion != null) {
                    if (!region.equals(lastRegion)) {
                        figures = byRegion.computeIfAbsent(region, r -> new long[2]);
                        lastRegion = region;
                    }
                    figures[0]++;
                    figures[1] += rows.value(row, 0);
                }
            }
            b.trailer().flushTo(in);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
        end(con, table);
        return check.accepted();
    }

    /** COPYs the first {@code count} of {@code selected} rows, each with its region from {@code regions}, into {@code table}. */
    static void copySelected(Connection con, String table, boolean freeze, Feed feed, LocalDate month, FeedMonthRows rows,
                             int[] selected, String[] regions, int count, long loadId) throws SQLException {
        int[] measureBytes = measureWidths(con, table, feed);
        CopyIn in = begin(con, table, freeze, feed, month, loadId);
        try {
            CopyBinary b = new CopyBinary().header();
            for (int i = 0; i < count; i++) write(b, rows, selected[i], regions[i], measureBytes, in);
            b.trailer().flushTo(in);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
        end(con, table);
    }

    /**
     * The month and the load are the same on every row: the table's defaults for the COPY, which then sends
     * four fields a row instead of six (about 15 % less of the server's time); {@link #end} drops them.
     */
    private static CopyIn begin(Connection con, String table, boolean freeze, Feed feed, LocalDate month, long loadId) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("ALTER TABLE " + table + " ALTER month SET DEFAULT DATE '" + month + "', ALTER load_id SET DEFAULT " + loadId);
        }
        return con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (uscc, region_code, "
                + String.join(", ", feed.measures().stream().map(Feed.Measure::column).toList()) + ") FROM STDIN (FORMAT binary"
                + (freeze ? ", FREEZE)" : ")"));
    }

    private static void write(CopyBinary b, FeedMonthRows rows, int row, String region, int[] measureBytes, CopyIn in) throws SQLException {
        b.tuple(measureBytes.length + 2).ascii(rows.uscc(row)).ascii(region);
        for (int c = 0; c < measureBytes.length; c++) b.integer(rows.value(row, c), measureBytes[c]);
        if (b.length() >= CopyBinary.BUFFER) b.flushTo(in);
    }

    private static void end(Connection con, String table) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("ALTER TABLE " + table + " ALTER month DROP DEFAULT, ALTER load_id DROP DEFAULT");
        }
    }

    /** The size in bytes of each measure's column in {@code table} (2, 4 or 8: the binary format sends each type at its width). */
    static int[] measureWidths(Connection con, String table, Feed feed) throws SQLException {
        Map<String, Integer> widths = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("SELECT attname, attlen FROM pg_attribute"
                + " WHERE attrelid = CAST(? AS regclass) AND attnum > 0 AND NOT attisdropped")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) widths.put(rs.getString(1), rs.getInt(2));
            }
        }
        int[] bytes = new int[feed.measures().size()];
        for (int c = 0; c < bytes.length; c++) {
            Integer w = widths.get(feed.measures().get(c).column());
            if (w == null || (w != 2 && w != 4 && w != 8))
                throw new IllegalStateException(table + "." + feed.measures().get(c).column() + " is not a whole-number column");
            bytes[c] = w;
        }
        return bytes;
    }
}
