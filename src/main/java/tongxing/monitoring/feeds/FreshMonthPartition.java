package tongxing.monitoring.feeds;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A month's first load built as a table of its own and then made the month's partition: the rows
 * the registry check accepts are COPYd in USCC order into a new table without any index (created
 * in the same transaction, so COPY FREEZE writes the pages final), the primary key (since V106
 * the only index; any other index of the feed's table too) is built once on the sorted rows (a
 * bulk build, far cheaper than growing an index row by row), and the table is attached as the
 * month's partition. A CHECK constraint equal to the partition bound,
 * declared with the table and checked per row by the COPY, spares ATTACH its validation scan;
 * the matching indexes are adopted by the parent's indexes instead of being built again.
 * <p>
 * Attaching takes only a SHARE UPDATE EXCLUSIVE lock on the feed's table, so readers of other
 * months go on. If the month's partition already exists (empty, or holding far fewer facts than
 * the load: the caller checked under the load's advisory lock), its facts of enterprises the load
 * does not name are carried over (an anti-join), facts equal to the load's keep their load, and
 * it is dropped just before the attach, which briefly locks the feed's table exclusively until
 * the commit. Everything is one transaction: a failed load leaves the month as it was.
 */
final class FreshMonthPartition {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FreshMonthPartition.class);

    private final Connection con;
    private final Feed feed;
    private final LocalDate month;
    private final String partition;
    private final String building;
    private final List<String> columns;

    FreshMonthPartition(Connection con, Feed feed, LocalDate month, String partition) {
        this.con = con;
        this.feed = feed;
        this.month = month;
        this.partition = partition;
        this.building = partition + "_new";
        this.columns = feed.measures().stream().map(Feed.Measure::column).toList();
    }

    /** What the write did: inserted, updated, unchanged; the figures per region when the month holds only this load's rows, else null. */
    record Written(int[] counts, Map<String, long[]> regionFigures) {
    }

    /**
     * Writes the rows {@code check} accepts (in USCC order, each USCC once) as the month's partition.
     * If the month's partition exists ({@code state} EMPTY or FILLED) it is replaced; facts it holds
     * of enterprises this load does not name are carried over, and facts equal to the load's keep
     * their load.
     */
    Written write(FeedMonthRows rows, RegistryCheck check, long loadId, MonthPartitionWrite.State state) throws SQLException {
        String from = month.toString(), to = month.plusMonths(1).toString();
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + building);
            st.execute("CREATE TABLE " + building + " (LIKE " + feed.table() + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS,"
                    + " CONSTRAINT " + building + "_bound CHECK (month >= DATE '" + from + "' AND month < DATE '" + to + "'))");
        }
        long t0 = System.nanoTime();
        Map<String, long[]> regionFigures = feed == Feed.SOCIAL_INSURANCE ? new HashMap<>() : null;
        int count = MonthRowsCopy.copy(con, building, true, feed, month, rows, check, loadId, regionFigures);
        int[] counts = {count, 0, 0};
        if (state == MonthPartitionWrite.State.FILLED) {
            counts = carryOver(count);
            regionFigures = null;
        }
        long copied = System.nanoTime();
        List<String> indexes = otherIndexes();
        try (Statement st = con.createStatement()) {
            st.execute("ALTER TABLE " + building + " ADD CONSTRAINT " + building + "_pkey " + primaryKey());
            for (int i = 0; i < indexes.size(); i++)
                st.execute("CREATE INDEX " + building + "_idx" + i + " ON " + building + " " + indexes.get(i));
            long indexed = System.nanoTime();
            if (state != MonthPartitionWrite.State.MISSING) st.execute("DROP TABLE " + partition);
            st.execute("ALTER TABLE " + building + " RENAME TO " + partition);
            st.execute("ALTER INDEX " + building + "_pkey RENAME TO " + partition + "_pkey");
            for (int i = 0; i < indexes.size(); i++) st.execute("ALTER INDEX " + building + "_idx" + i + " RENAME TO " + partition + "_idx" + i);
            st.execute("ALTER TABLE " + feed.table() + " ATTACH PARTITION " + partition
                    + " FOR VALUES FROM ('" + from + "') TO ('" + to + "')");
            st.execute("ALTER TABLE " + partition + " DROP CONSTRAINT " + building + "_bound");
            if (log.isDebugEnabled()) log.debug("{}: {} rows copied in {} ms, indexed in {} ms, attached in {} ms", partition, count,
                    (copied - t0) / 1_000_000, (indexed - copied) / 1_000_000, (System.nanoTime() - indexed) / 1_000_000);
        }
        return new Written(counts, regionFigures);
    }

    /**
     * The old partition against the new rows: facts equal to the load's keep their load, facts of
     * enterprises the load does not name are copied over.
     *
     * @return inserted, updated, unchanged
     */
    private int[] carryOver(int count) throws SQLException {
        StringBuilder oldValues = new StringBuilder("o.region_code"), newValues = new StringBuilder("n.region_code");
        for (String c : columns) {
            oldValues.append(", o.").append(c);
            newValues.append(", n.").append(c);
        }
        String same = "(" + oldValues + ") = (" + newValues + ")";
        int matched, unchanged;
        try (Statement st = con.createStatement(); var rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE " + same + ")"
                + " FROM " + building + " n JOIN " + partition + " o ON o.uscc = n.uscc")) {
            rs.next();
            matched = rs.getInt(1);
            unchanged = rs.getInt(2);
        }
        String names = "month, uscc, region_code, " + String.join(", ", columns) + ", load_id";
        try (Statement st = con.createStatement()) {
            if (unchanged > 0)
                st.executeUpdate("UPDATE " + building + " n SET load_id = o.load_id FROM " + partition + " o WHERE o.uscc = n.uscc AND " + same);
            st.executeUpdate("INSERT INTO " + building + " (" + names + ") SELECT " + names + " FROM " + partition + " o"
                    + " WHERE NOT EXISTS (SELECT 1 FROM " + building + " n WHERE n.uscc = o.uscc)");
        }
        return new int[]{count - matched, matched - unchanged, unchanged};
    }

    /**
     * The feed table's indexes besides the primary key (none since V106), as {@code USING btree (…)}:
     * built on the new table so that ATTACH adopts them.
     */
    private List<String> otherIndexes() throws SQLException {
        List<String> found = new ArrayList<>();
        try (var ps = con.prepareStatement("""
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid = CAST(? AS regclass) AND NOT i.indisprimary ORDER BY i.indexrelid""")) {
            ps.setString(1, feed.table());
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String def = rs.getString(1);
                    int using = def.indexOf(" USING ");
                    if (def.startsWith("CREATE UNIQUE") || using < 0) throw new IllegalStateException("unexpected index on " + feed.table() + ": " + def);
                    found.add(def.substring(using + 1));
                }
            }
        }
        return found;
    }

    /** The feed table's primary key, as {@code PRIMARY KEY (uscc, month)}: built on the new table so that ATTACH adopts it. */
    private String primaryKey() throws SQLException {
        try (var ps = con.prepareStatement("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = CAST(? AS regclass) AND contype = 'p'")) {
            ps.setString(1, feed.table());
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("no primary key on " + feed.table());
                return rs.getString(1);
            }
        }
    }
}
