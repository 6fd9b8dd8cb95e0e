package tongxing.monitoring.feeds;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole month sent again (a corrected file) into a partition that holds facts: the partition's
 * facts are read in one binary COPY and compared with the file in Java ({@link StoredMonthFacts}),
 * so that only the facts whose region or numbers differ, and those of enterprises new to the month,
 * are COPYd into an unlogged table of the transaction (no WAL, no index) and written from there:
 * one {@code UPDATE} of the changed facts, one {@code INSERT} of the new ones. Identical facts are
 * left alone (they keep their load); facts of enterprises the file does not name stay. The staging
 * table is dropped before the commit.
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

    /** The rows {@code check} accepts, in USCC order; {@code stored}: about how many facts the month holds. @return inserted, updated, unchanged */
    int[] merge(FeedMonthRows rows, RegistryCheck check, long loadId, int stored) throws SQLException {
        long t0 = System.nanoTime();
        StoredMonthFacts facts = StoredMonthFacts.read(con, partition, feed, MonthRowsCopy.measureWidths(con, partition, feed), stored);
        long read = System.nanoTime();
        int n = check.size();
        int[] selected = new int[n];
        String[] regions = new String[n];
        int count = 0, inserted = 0, updated = 0, unchanged = 0;
        for (int i = 0; i < n; i++) {
            String region = check.regionIfAccepted(i);
            if (region == null) continue;
            int row = check.row(i);
            int at = facts.find(rows.keyHigh(row), rows.keyLow(row));
            if (at < 0) inserted++;
            else if (facts.same(at, region, rows, row)) {
                unchanged++;
                continue;
            } else updated++;
            selected[count] = row;
            regions[count++] = region;
        }
        if (count > 0) write(rows, selected, regions, count, loadId, updated, inserted);
        if (log.isDebugEnabled()) log.debug("{}: {} rows merged in {} ms ({} facts read in {} ms; {} updated, {} inserted)", partition, n,
                (System.nanoTime() - t0) / 1_000_000, facts.size(), (read - t0) / 1_000_000, updated, inserted);
        return new int[]{inserted, updated, unchanged};
    }

    private void write(FeedMonthRows rows, int[] selected, String[] regions, int count, long loadId, int updated, int inserted) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + staging);
            st.execute("CREATE UNLOGGED TABLE " + staging + " (LIKE " + feed.table() + " INCLUDING DEFAULTS) WITH (autovacuum_enabled = false)");
        }
        MonthRowsCopy.copySelected(con, staging, true, feed, month, rows, selected, regions, count, loadId);
        StringBuilder set = new StringBuilder("region_code = s.region_code, load_id = s.load_id");
        for (String c : columns) set.append(", ").append(c).append(" = s.").append(c);
        int didUpdate, didInsert;
        try (var ps = con.prepareStatement("UPDATE " + partition + " p SET " + set + " FROM " + staging + " s WHERE p.month = ? AND p.uscc = s.uscc")) {
            ps.setDate(1, Date.valueOf(month));
            didUpdate = ps.executeUpdate();
        }
        String names = "month, uscc, region_code, " + String.join(", ", columns) + ", load_id";
        try (var ps = con.prepareStatement("INSERT INTO " + partition + " (" + names + ") SELECT " + names + " FROM " + staging + " s"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + partition + " p WHERE p.month = ? AND p.uscc = s.uscc) ORDER BY s.uscc")) {
            ps.setDate(1, Date.valueOf(month));
            didInsert = ps.executeUpdate();
        }
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE " + staging);
        }
        // The comparison in Java and the database must agree; if not, nothing of the load is kept.
        if (didUpdate != updated || didInsert != inserted)
            throw new IllegalStateException(partition + ": compared " + updated + " changed and " + inserted + " new facts, wrote "
                    + didUpdate + " and " + didInsert);
    }
}
