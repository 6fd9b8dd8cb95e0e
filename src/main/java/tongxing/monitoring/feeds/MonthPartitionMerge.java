package tongxing.monitoring.feeds;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole month sent again (a corrected file) into a partition that holds facts: the rows are
 * COPYd into an unlogged table of the transaction (no WAL, no index), then the partition is
 * compared with it in the database: only the facts whose region or numbers differ are updated,
 * new enterprises inserted, identical facts left alone (they keep their load). Facts of
 * enterprises the file does not name stay. The staging table is dropped before the commit.
 */
final class MonthPartitionMerge {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MonthPartitionMerge.class);

    private final Connection con;
    private final Feed feed;
    private final LocalDate month;
    private final String partition;
    private final String staging;
    private final List<String> columns;

    MonthPartitionMerge(Connection con, Feed feed, LocalDate month, String partition) {
        this.con = con;
        this.feed = feed;
        this.month = month;
        this.partition = partition;
        this.staging = partition + "_load";
        this.columns = feed.measures().stream().map(Feed.Measure::column).toList();
    }

    /** The rows {@code check} accepts, in USCC order. @return inserted, updated, unchanged */
    int[] merge(FeedMonthRows rows, RegistryCheck check, long loadId) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + staging);
            st.execute("CREATE UNLOGGED TABLE " + staging + " (LIKE " + feed.table() + " INCLUDING DEFAULTS) WITH (autovacuum_enabled = false)");
        }
        long t0 = System.nanoTime();
        int count = MonthRowsCopy.copy(con, staging, true, feed, month, rows, check, loadId, null);
        StringBuilder set = new StringBuilder("region_code = s.region_code, load_id = s.load_id");
        StringBuilder old = new StringBuilder("p.region_code"), fresh = new StringBuilder("s.region_code");
        for (String c : columns) {
            set.append(", ").append(c).append(" = s.").append(c);
            old.append(", p.").append(c);
            fresh.append(", s.").append(c);
        }
        int updated, inserted;
        try (var ps = con.prepareStatement("UPDATE " + partition + " p SET " + set + " FROM " + staging + " s"
                + " WHERE p.month = ? AND p.uscc = s.uscc AND (" + old + ") IS DISTINCT FROM (" + fresh + ")")) {
            ps.setDate(1, Date.valueOf(month));
            updated = ps.executeUpdate();
        }
        String names = "month, uscc, region_code, " + String.join(", ", columns) + ", load_id";
        try (var ps = con.prepareStatement("INSERT INTO " + partition + " (" + names + ") SELECT " + names + " FROM " + staging + " s"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + partition + " p WHERE p.month = ? AND p.uscc = s.uscc) ORDER BY s.uscc")) {
            ps.setDate(1, Date.valueOf(month));
            inserted = ps.executeUpdate();
        }
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE " + staging);
        }
        if (log.isDebugEnabled()) log.debug("{}: {} rows merged in {} ms ({} updated, {} inserted)", partition, count,
                (System.nanoTime() - t0) / 1_000_000, updated, inserted);
        return new int[]{inserted, updated, count - inserted - updated};
    }
}
