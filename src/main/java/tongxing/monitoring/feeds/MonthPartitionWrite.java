package tongxing.monitoring.feeds;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One month of one feed written into its partition. */
final class MonthPartitionWrite {

    private final Connection con;
    private final Feed feed;
    private final LocalDate month;
    private final Map<String, String> regions;
    private final String partition;
    private final List<String> columns;

    MonthPartitionWrite(Connection con, Feed feed, LocalDate month, Map<String, String> regions) {
        this.con = con;
        this.feed = feed;
        this.month = month;
        this.regions = regions;
        this.partition = feed.table() + "_" + month.getYear() + (month.getMonthValue() < 10 ? "0" : "") + month.getMonthValue();
        this.columns = feed.measures().stream().map(Feed.Measure::column).toList();
    }

    /** Serializes loads of this feed and month and records the load (the partition is made by the write). */
    long begin(FeedLoader.Source source, int rejected, int unknown) throws SQLException {
        try (var ps = con.prepareStatement("SELECT pg_advisory_xact_lock(20261125, ?)")) {
            ps.setInt(1, feed.ordinal() * 1_000_000 + month.getYear() * 100 + month.getMonthValue());
            ps.execute();
        }
        try (var ps = con.prepareStatement("""
                INSERT INTO monitoring_load (feed, month, channel, file_name, loaded_by, rejected, unknown)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setString(1, feed.name());
            ps.setDate(2, Date.valueOf(month));
            ps.setString(3, source.channel());
            ps.setString(4, source.fileName());
            ps.setString(5, source.loadedBy());
            ps.setInt(6, rejected);
            ps.setInt(7, unknown);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Makes the month's partitions of every feed that lack one (idempotent). */
    private void ensureMonth() throws SQLException {
        try (var ps = con.prepareStatement("SELECT monitoring_ensure_month(?)")) {
            ps.setDate(1, Date.valueOf(month));
            ps.execute();
        }
    }

    /** Whether the month's partition exists, and if so whether it holds facts (after {@link #begin}, under its lock). */
    enum State { MISSING, EMPTY, FILLED }

    State state() throws SQLException {
        try (var ps = con.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, partition);
            try (var rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) return State.MISSING;
            }
        }
        try (var st = con.createStatement(); var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + partition + ")")) {
            rs.next();
            return rs.getBoolean(1) ? State.FILLED : State.EMPTY;
        }
    }

    /**
     * A month's first load (the partition missing or empty, {@code state}), or a load that names
     * most of the month's enterprises anew: the rows {@code check} accepts become the month's
     * partition, built apart and attached ({@link FreshMonthPartition}).
     *
     * @return inserted, updated, unchanged
     */
    int[] writeFirst(FeedMonthRows rows, RegistryCheck check, long loadId, State state) throws SQLException {
        FreshMonthPartition.Written w = new FreshMonthPartition(con, feed, month, partition).write(rows, check, loadId, state);
        ensureMonth();
        if (feed == Feed.SOCIAL_INSURANCE) {
            if (w.regionFigures() != null) replaceRegionFigures(w.regionFigures());
            else refreshRegionFigures();
        }
        return w.counts();
    }

    /** The facts the month's partition holds (it exists) before this write; counted once. */
    long facts() throws SQLException {
        if (factsBefore < 0) {
            try (var st = con.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + partition)) {
                rs.next();
                factsBefore = rs.getLong(1);
            }
        }
        return factsBefore;
    }

    private long factsBefore = -1;

    /**
     * A whole month sent again into a partition that holds facts ({@link MonthPartitionMerge}):
     * the same rows as {@link #writeFirst}.
     *
     * @return inserted, updated, unchanged
     */
    int[] writeAgain(FeedMonthRows rows, RegistryCheck check, long loadId) throws SQLException {
        int[] counts = new MonthPartitionMerge(con, feed, month, partition).merge(rows, check, loadId, (int) Math.min(Integer.MAX_VALUE, facts()));
        if (feed == Feed.SOCIAL_INSURANCE && counts[2] < check.accepted()) refreshRegionFigures();
        return counts;
    }

    /** What the registry check found, once the rows are written: the load's accepted, refused and unknown rows. */
    void recordChecked(long loadId, int accepted, int rejected, int unknown) throws SQLException {
        try (var ps = con.prepareStatement("UPDATE monitoring_load SET accepted = ?, rejected = ?, unknown = ? WHERE id = ?")) {
            ps.setInt(1, accepted);
            ps.setInt(2, rejected);
            ps.setInt(3, unknown);
            ps.setLong(4, loadId);
            ps.executeUpdate();
        }
    }

    /** @return inserted, updated, unchanged */
    int[] write(Map<String, int[]> rows, long loadId) throws SQLException {
        ensureMonth();
        Map<String, Stored> stored = stored(rows.keySet());
        List<String> fresh = new ArrayList<>(rows.size()), changed = new ArrayList<>();
        int same = 0;
        for (Map.Entry<String, int[]> r : rows.entrySet()) {
            Stored s = stored.get(r.getKey());
            if (s == null) fresh.add(r.getKey());
            else if (s.region().equals(regions.get(r.getKey())) && Arrays.equals(s.values(), r.getValue())) same++;
            else changed.add(r.getKey());
        }
        fresh.sort(null);
        copy(fresh, rows, loadId);
        update(changed, rows, loadId);
        try (var ps = con.prepareStatement("UPDATE monitoring_load SET accepted = ? WHERE id = ?")) {
            ps.setInt(1, rows.size());
            ps.setLong(2, loadId);
            ps.executeUpdate();
        }
        if (feed == Feed.SOCIAL_INSURANCE) refreshRegionFigures();
        return new int[]{fresh.size(), changed.size(), same};
    }

    private record Stored(String region, int[] values) {
    }

    /** What the month already holds for these enterprises (nothing to read in a month's first load). */
    private Map<String, Stored> stored(java.util.Set<String> usccs) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (var st = con.createStatement(); var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + partition + ")")) {
            rs.next();
            if (!rs.getBoolean(1)) return stored;
        }
        try (var ps = con.prepareStatement("SELECT t.uscc, t.region_code, " + String.join(", ", columns.stream().map(c -> "t." + c).toList())
                + " FROM unnest(CAST(? AS char(18)[])) AS u (uscc) JOIN " + partition + " t ON t.uscc = u.uscc")) {
            ps.setString(1, "{" + String.join(",", usccs) + "}");
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] v = new int[columns.size()];
                    for (int i = 0; i < v.length; i++) v[i] = rs.getInt(3 + i);
                    stored.put(rs.getString(1), new Stored(rs.getString(2), v));
                }
            }
        }
        return stored;
    }

    private void copy(List<String> usccs, Map<String, int[]> rows, long loadId) throws SQLException {
        if (usccs.isEmpty()) return;
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + partition + " (month, uscc, region_code, "
                + String.join(", ", columns) + ", load_id) FROM STDIN (FORMAT text)");
        try {
            StringBuilder b = new StringBuilder(CopyText.BUFFER + 256);
            String m = month.toString(), load = Long.toString(loadId);
            for (String uscc : usccs) {
                b.append(m).append('\t').append(uscc).append('\t').append(regions.get(uscc));
                for (int v : rows.get(uscc)) b.append('\t').append(v);
                b.append('\t').append(load).append('\n');
                if (b.length() >= CopyText.BUFFER) CopyText.flush(in, b);
            }
            CopyText.flush(in, b);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    private void update(List<String> usccs, Map<String, int[]> rows, long loadId) throws SQLException {
        if (usccs.isEmpty()) return;
        StringBuilder set = new StringBuilder(), arrays = new StringBuilder(), names = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            set.append(", ").append(columns.get(i)).append(" = v.c").append(i);
            arrays.append(", CAST(? AS integer[])");
            names.append(", c").append(i);
        }
        try (var ps = con.prepareStatement("UPDATE " + partition + " t SET region_code = v.region_code, load_id = ?" + set
                + " FROM unnest(CAST(? AS char(18)[]), CAST(? AS varchar[])" + arrays + ") AS v(uscc, region_code" + names + ")"
                + " WHERE t.month = ? AND t.uscc = v.uscc")) {
            ps.setLong(1, loadId);
            ps.setString(2, "{" + String.join(",", usccs) + "}");
            ps.setString(3, "{" + String.join(",", usccs.stream().map(regions::get).toList()) + "}");
            for (int i = 0; i < columns.size(); i++) {
                StringBuilder a = new StringBuilder("{");
                for (String u : usccs) a.append(a.length() > 1 ? "," : "").append(rows.get(u)[i]);
                ps.setString(4 + i, a.append('}').toString());
            }
            ps.setDate(4 + columns.size(), Date.valueOf(month));
            ps.executeUpdate();
        }
    }

    /** The dashboard's figures of the month from the figures per region ({enterprises, insured}) of a first load. */
    private void replaceRegionFigures(Map<String, long[]> figures) throws SQLException {
        try (var del = con.prepareStatement("DELETE FROM monitoring_region_month WHERE month = ?");
             var ins = con.prepareStatement("INSERT INTO monitoring_region_month (month, region_code, enterprises, insured) VALUES (?, ?, ?, ?)")) {
            del.setDate(1, Date.valueOf(month));
            del.executeUpdate();
            for (Map.Entry<String, long[]> f : figures.entrySet()) {
                ins.setDate(1, Date.valueOf(month));
                ins.setString(2, f.getKey());
                ins.setInt(3, (int) f.getValue()[0]);
                ins.setLong(4, f.getValue()[1]);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** The dashboard's insured headcount per region and month. */
    private void refreshRegionFigures() throws SQLException {
        try (var del = con.prepareStatement("DELETE FROM monitoring_region_month WHERE month = ?");
             var ins = con.prepareStatement("INSERT INTO monitoring_region_month (month, region_code, enterprises, insured)"
                     + " SELECT month, region_code, count(*), sum(insured) FROM " + partition + " GROUP BY month, region_code")) {
            del.setDate(1, Date.valueOf(month));
            del.executeUpdate();
            ins.executeUpdate();
        }
    }
}
