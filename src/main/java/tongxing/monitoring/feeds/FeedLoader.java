package tongxing.monitoring.feeds;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.ValidationException;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one write path of every feed (file, API, demo data): the registry is asked once for the
 * region of every enterprise of the load, then each month is written into its partition. New
 * facts go in with one COPY, in USCC order (the partition's key, so its index grows at the right
 * end); facts the month already has are compared in Java and only the changed ones updated, in
 * one statement. A corrected load replaces the facts of the enterprises it names for that feed
 * and month, never adds to them; identical rows change nothing. Loads of the same feed and month
 * are serialized. Each month gets a {@code monitoring_load} row, and after commit a
 * {@link FeedLoaded} event asks detection to look at the months again.
 */
@Service
public class FeedLoader {

    private static final int COPY_BUFFER = 1 << 16;

    /** What a load did, over all months it touched. */
    public record Outcome(List<LocalDate> months, List<Long> loadIds, int inserted, int updated, int unchanged) {
        public int accepted() {
            return inserted + updated + unchanged;
        }
    }

    /** How the rows came in and what the caller already rejected (for the load record). */
    public record Source(String channel, String fileName, String loadedBy, int rejected, int unknown, boolean requestDetection) {
        public static Source api(String client, int rejected, int unknown) {
            return new Source("API", null, client, rejected, unknown, true);
        }

        public static Source file(String fileName, String user, int rejected, int unknown) {
            return new Source("FILE", fileName, user, rejected, unknown, true);
        }

        /** A bulk load whose caller runs detection itself afterwards (demo data, backfills). */
        public static Source backfill(String fileName, String user) {
            return new Source("FILE", fileName, user, 0, 0, false);
        }
    }

    /** A row the registry check refused: its position in the caller's list, and why. */
    record Refused(int index, FeedChecks.Kind kind, String reason) {
    }

    /** What a checked load did: the write, and the rows the registry check refused, in their order. */
    record CheckedOutcome(Outcome outcome, List<Refused> refused) {
    }

    private final JdbcTemplate jdbc;
    private final FeedChecks checks;
    private final ApplicationEventPublisher events;

    FeedLoader(JdbcTemplate jdbc, FeedChecks checks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.events = events;
    }

    /**
     * Rows must have been parsed and checked ({@link FeedChecks}); as a last line of defence the
     * whole load is refused if any row names an unknown enterprise or one outside the scope.
     * Within the load the last row of a month and USCC wins.
     */
    @Transactional
    public Outcome load(Scope scope, Feed feed, Iterator<FeedFact> rows, Source source) {
        Map<LocalDate, Map<String, int[]>> byMonth = new TreeMap<>();
        while (rows.hasNext()) {
            FeedFact f = rows.next();
            byMonth.computeIfAbsent(f.month(), m -> new LinkedHashMap<>()).put(f.uscc(), f.values());
        }
        List<String> usccs = byMonth.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        Map<String, String> regions = checks.regionsOf(usccs);
        for (String uscc : usccs) {
            String region = regions.get(uscc);
            if (region == null) throw new ValidationException("统一社会信用代码", "统一社会信用代码 " + uscc + " 未在企业库登记");
            if (!ScopeSql.mayWriteRegion(scope, region))
                throw new ValidationException("统一社会信用代码", "企业 " + uscc + " 不在您的辖区，不能报送其数据");
        }
        Outcome outcome = write(feed, byMonth, regions, source, source.rejected(), source.unknown());
        if (source.requestDetection() && !outcome.months().isEmpty()) events.publishEvent(new FeedLoaded(feed, outcome.months(), source.loadedBy()));
        return outcome;
    }

    /**
     * The path of a whole month sent at once (hundreds of thousands of rows, each enterprise at
     * most once, already parsed and checked by the caller, {@code order} their positions in USCC
     * order): the rows of enterprises the registry does not know or that lie outside the scope are
     * left out and returned with their reason (by position in {@code rows}), the others written as
     * by {@link #load}. A month's first load goes from the columns straight into one COPY.
     */
    @Transactional
    CheckedOutcome loadMonth(Scope scope, Feed feed, LocalDate month, FeedMonthRows rows, int[] order, Source source,
                             int refusedByCaller) {
        List<String> usccs = new ArrayList<>(order.length);
        for (int row : order) usccs.add(rows.uscc(row));
        String[] regions = checks.regionsAt(usccs);
        List<Refused> refused = new ArrayList<>();
        int[] accepted = new int[order.length];
        String[] acceptedRegions = new String[order.length];
        int n = 0, unknown = 0;
        Map<String, Boolean> mayWrite = new HashMap<>();
        for (int i = 0; i < order.length; i++) {
            String region = regions[i];
            if (region == null) {
                refused.add(new Refused(order[i], FeedChecks.Kind.UNKNOWN, checks.unknownReason(usccs.get(i))));
                unknown++;
            } else if (!mayWrite.computeIfAbsent(region, r -> ScopeSql.mayWriteRegion(scope, r)))
                refused.add(new Refused(order[i], FeedChecks.Kind.OUTSIDE_SCOPE, checks.outsideReason(region)));
            else {
                accepted[n] = order[i];
                acceptedRegions[n++] = region;
            }
        }
        refused.sort(java.util.Comparator.comparingInt(Refused::index));
        if (n == 0) return new CheckedOutcome(new Outcome(List.of(), List.of(), 0, 0, 0), refused);
        int count = n, unknownCount = unknown;
        Outcome outcome = jdbc.execute((ConnectionCallback<Outcome>) con -> {
            MonthWrite w = new MonthWrite(con, feed, month, null);
            long loadId = w.begin(source, refusedByCaller + refused.size(), unknownCount);
            int[] counts;
            if (w.isEmpty()) counts = w.writeFirst(rows, accepted, acceptedRegions, count, loadId);
            else {
                Map<String, int[]> byUscc = new HashMap<>(count * 2);
                Map<String, String> regionOf = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    byUscc.put(rows.uscc(accepted[i]), rows.values(accepted[i]));
                    regionOf.put(rows.uscc(accepted[i]), acceptedRegions[i]);
                }
                counts = new MonthWrite(con, feed, month, regionOf).write(byUscc, loadId);
            }
            return new Outcome(List.of(month), List.of(loadId), counts[0], counts[1], counts[2]);
        });
        if (source.requestDetection()) events.publishEvent(new FeedLoaded(feed, outcome.months(), source.loadedBy()));
        return new CheckedOutcome(outcome, refused);
    }

    private Outcome write(Feed feed, Map<LocalDate, Map<String, int[]>> byMonth, Map<String, String> regions, Source source,
                          int rejected, int unknown) {
        return jdbc.execute((ConnectionCallback<Outcome>) con -> {
            List<LocalDate> months = new ArrayList<>();
            List<Long> loadIds = new ArrayList<>();
            int inserted = 0, updated = 0, unchanged = 0;
            for (Map.Entry<LocalDate, Map<String, int[]>> e : byMonth.entrySet()) {
                LocalDate month = e.getKey();
                MonthWrite w = new MonthWrite(con, feed, month, regions);
                long loadId = w.begin(source, rejected, unknown);
                int[] counts = w.write(e.getValue(), loadId);
                months.add(month);
                loadIds.add(loadId);
                inserted += counts[0];
                updated += counts[1];
                unchanged += counts[2];
            }
            return new Outcome(months, loadIds, inserted, updated, unchanged);
        });
    }

    /** One month of one feed written into its partition. */
    private static final class MonthWrite {
        private final Connection con;
        private final Feed feed;
        private final LocalDate month;
        private final Map<String, String> regions;
        private final String partition;
        private final List<String> columns;

        MonthWrite(Connection con, Feed feed, LocalDate month, Map<String, String> regions) {
            this.con = con;
            this.feed = feed;
            this.month = month;
            this.regions = regions;
            this.partition = feed.table() + "_" + month.getYear() + (month.getMonthValue() < 10 ? "0" : "") + month.getMonthValue();
            this.columns = feed.measures().stream().map(Feed.Measure::column).toList();
        }

        /** Serializes loads of this feed and month, makes the partition, records the load. */
        long begin(Source source, int rejected, int unknown) throws SQLException {
            try (var ps = con.prepareStatement("SELECT pg_advisory_xact_lock(20261125, ?)")) {
                ps.setInt(1, feed.ordinal() * 1_000_000 + month.getYear() * 100 + month.getMonthValue());
                ps.execute();
            }
            try (var ps = con.prepareStatement("SELECT monitoring_ensure_month(?)")) {
                ps.setDate(1, Date.valueOf(month));
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

        /** True when the month's partition holds no facts yet (after {@link #begin}, under its lock). */
        boolean isEmpty() throws SQLException {
            try (var st = con.createStatement(); var rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + partition + ")")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }

        /**
         * A month's first load: the accepted rows ({@code accepted[0..count)}, positions in
         * {@code rows} in USCC order, with their regions) in one COPY written from the columns.
         *
         * @return inserted, updated, unchanged
         */
        int[] writeFirst(FeedMonthRows rows, int[] accepted, String[] regionsOfAccepted, int count, long loadId) throws SQLException {
            if (count > 0) {
                CopyIn in = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + partition + " (month, uscc, region_code, "
                        + String.join(", ", columns) + ", load_id) FROM STDIN (FORMAT text)");
                try {
                    CopyText b = new CopyText(COPY_BUFFER + 256);
                    byte[] m = month.toString().getBytes(StandardCharsets.US_ASCII);
                    byte[] load = Long.toString(loadId).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < count; i++) {
                        int row = accepted[i];
                        b.bytes(m).tab().ascii(rows.uscc(row)).tab().ascii(regionsOfAccepted[i]);
                        for (int c = 0; c < columns.size(); c++) b.tab().number(rows.value(row, c));
                        b.tab().bytes(load).newline();
                        if (b.length() >= COPY_BUFFER) b.flushTo(in);
                    }
                    b.flushTo(in);
                    in.endCopy();
                } finally {
                    if (in.isActive()) in.cancelCopy();
                }
            }
            try (var ps = con.prepareStatement("UPDATE monitoring_load SET accepted = ? WHERE id = ?")) {
                ps.setInt(1, count);
                ps.setLong(2, loadId);
                ps.executeUpdate();
            }
            if (feed == Feed.SOCIAL_INSURANCE) refreshRegionFigures();
            return new int[]{count, 0, 0};
        }

        /** @return inserted, updated, unchanged */
        int[] write(Map<String, int[]> rows, long loadId) throws SQLException {
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
                StringBuilder b = new StringBuilder(COPY_BUFFER + 256);
                String m = month.toString(), load = Long.toString(loadId);
                for (String uscc : usccs) {
                    b.append(m).append('\t').append(uscc).append('\t').append(regions.get(uscc));
                    for (int v : rows.get(uscc)) b.append('\t').append(v);
                    b.append('\t').append(load).append('\n');
                    if (b.length() >= COPY_BUFFER) flush(in, b);
                }
                flush(in, b);
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

    /** COPY text built as bytes: ASCII fields (dates, USCCs, region codes) and numbers without a String each. */
    private static final class CopyText {
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
    }

    private static void flush(CopyIn in, StringBuilder b) throws SQLException {
        if (b.length() == 0) return;
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        b.setLength(0);
    }
}
