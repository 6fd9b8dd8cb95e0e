package tongxing.monitoring.feeds;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/** The accepted rows of a month sent at once, written into a table with one COPY straight from the columns. */
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
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (month, uscc, region_code, "
                + String.join(", ", feed.measures().stream().map(Feed.Measure::column).toList()) + ", load_id) FROM STDIN (FORMAT text"
                + (freeze ? ", FREEZE)" : ")"));
        try {
            CopyText b = new CopyText(CopyText.BUFFER + 256);
            byte[] m = month.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] load = Long.toString(loadId).getBytes(StandardCharsets.US_ASCII);
            String lastRegion = null;
            long[] figures = null;
            for (int i = 0; i < check.size(); i++) {
                String region = check.regionIfAccepted(i);
                if (region == null) continue;
                int row = check.row(i);
                b.bytes(m).tab().ascii(rows.uscc(row)).tab().ascii(region);
                for (int c = 0; c < width; c++) b.tab().number(rows.value(row, c));
                b.tab().bytes(load).newline();
                if (b.length() >= CopyText.BUFFER) b.flushTo(in);
                if (byRegion != null) {
                    if (!region.equals(lastRegion)) {
                        figures = byRegion.computeIfAbsent(region, r -> new long[2]);
                        lastRegion = region;
                    }
                    figures[0]++;
                    figures[1] += rows.value(row, 0);
                }
            }
            b.flushTo(in);
            in.endCopy();
            return check.accepted();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }
}
