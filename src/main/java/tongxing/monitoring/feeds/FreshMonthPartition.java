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
 * are COPYd in USCC order into a new table without any index (created in the same transaction,
 * so COPY FREEZE writes the pages final), the primary key and the by-USCC index are built once
 * on the sorted rows (a bulk build, far cheaper than growing both indexes row by row), and the
 * table is attached as the month's partition. A CHECK constraint equal to the partition bound,
 * declared with the table and checked per row by the COPY, spares ATTACH its validation scan;
 * the matching indexes are adopted by the parent's indexes instead of being built again.
 * <p>
 * Attaching takes only a SHARE UPDATE EXCLUSIVE lock on the feed's table, so readers of other
 * months go on. If the month's partition already exists (empty: the caller checked under the
 * load's advisory lock), it is dropped just before the attach, which briefly locks the feed's
 * table exclusively until the commit. Everything is one transaction: a failed load leaves the
 * month as it was.
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

    /**
     * Writes the accepted rows ({@code accepted[0..count)}, positions in {@code rows} in USCC
     * order, each USCC once, with their regions) as the month's partition.
     *
     * @param replaceExisting the month's (empty) partition exists and is dropped for the new one
     * @return the insured headcount per region ({enterprises, insured}) for the social-insurance feed, else null
     */
    Map<String, long[]> write(FeedMonthRows rows, int[] accepted, String[] regionsOfAccepted, int count, long loadId,
                              boolean replaceExisting) throws SQLException {
        String from = month.toString(), to = month.plusMonths(1).toString();
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + building);
            st.execute("CREATE TABLE " + building + " (LIKE " + feed.table() + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS,"
                    + " CONSTRAINT " + building + "_bound CHECK (month >= DATE '" + from + "' AND month < DATE '" + to + "'))");
        }
        long t0 = System.nanoTime();
        Map<String, long[]> regionFigures = copy(rows, accepted, regionsOfAccepted, count, loadId);
        long copied = System.nanoTime();
        List<String> indexes = otherIndexes();
        try (Statement st = con.createStatement()) {
            st.execute("ALTER TABLE " + building + " ADD CONSTRAINT " + building + "_pkey PRIMARY KEY (month, uscc)");
            for (int i = 0; i < indexes.size(); i++)
                st.execute("CREATE INDEX " + building + "_idx" + i + " ON " + building + " " + indexes.get(i));
            long indexed = System.nanoTime();
            if (replaceExisting) st.execute("DROP TABLE " + partition);
            st.execute("ALTER TABLE " + building + " RENAME TO " + partition);
            st.execute("ALTER INDEX " + building + "_pkey RENAME TO " + partition + "_pkey");
            for (int i = 0; i < indexes.size(); i++) st.execute("ALTER INDEX " + building + "_idx" + i + " RENAME TO " + partition + "_idx" + i);
            st.execute("ALTER TABLE " + feed.table() + " ATTACH PARTITION " + partition
                    + " FOR VALUES FROM ('" + from + "') TO ('" + to + "')");
            st.execute("ALTER TABLE " + partition + " DROP CONSTRAINT " + building + "_bound");
            if (log.isDebugEnabled()) log.debug("{}: {} rows copied in {} ms, indexed in {} ms, attached in {} ms", partition, count,
                    (copied - t0) / 1_000_000, (indexed - copied) / 1_000_000, (System.nanoTime() - indexed) / 1_000_000);
        }
        return regionFigures;
    }

    /**
     * The feed table's indexes besides the primary key, as {@code USING btree (uscc, month DESC)}:
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

    private Map<String, long[]> copy(FeedMonthRows rows, int[] accepted, String[] regionsOfAccepted, int count, long loadId) throws SQLException {
        Map<String, long[]> byRegion = feed == Feed.SOCIAL_INSURANCE ? new HashMap<>() : null;
        MonthRowsCopy.copy(con, building, true, feed, month, rows, accepted, regionsOfAccepted, count, loadId, byRegion);
        return byRegion;
    }
}
