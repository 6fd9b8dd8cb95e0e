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
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The one write path of every feed (file and API): rows are streamed into a temporary table
 * with COPY, located in the registry in one query, then merged into the month's partition with
 * one INSERT ... ON CONFLICT per month. A corrected load replaces the facts of the enterprises it
 * names for that feed and month, never adds to them; identical rows change nothing. Each month
 * gets a {@code monitoring_load} row, and after commit a {@link FeedLoaded} event asks detection
 * to look at the months again.
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

    /** A row the registry check refused: the caller's order number, the USCC, and why. */
    record Refused(long ord, String uscc, FeedChecks.Kind kind, String reason) {
    }

    /** Writes the rows of a load into the stage (see {@link #loadStaged}). */
    @FunctionalInterface
    interface StagedRows {
        /** @return the rows the writer refused itself (parsing, numbers), for the load record */
        int writeTo(StageWriter stage) throws SQLException;
    }

    /** What a staged load did: the merge, and the rows the registry check refused, in their order. */
    record StagedOutcome(Outcome outcome, List<Refused> refused) {
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
        Outcome outcome = jdbc.execute((ConnectionCallback<Outcome>) con -> {
            createStage(con);
            StageWriter stage = new StageWriter(con);
            try {
                while (rows.hasNext()) {
                    FeedFact f = rows.next();
                    stage.add(f.month(), f.uscc(), f.values());
                }
            } finally {
                stage.finish();
            }
            checks.locateStaged(STAGE, LOCATED);
            requireKnownAndWithinScope(con, scope);
            return merge(con, feed, source, source.rejected(), source.unknown());
        });
        if (source.requestDetection() && !outcome.months().isEmpty()) events.publishEvent(new FeedLoaded(feed, outcome.months(), source.loadedBy()));
        return outcome;
    }

    /**
     * The bulk path of a whole month (hundreds of thousands of rows): the caller streams its
     * parsed rows into the stage with COPY, the registry and the scope are checked for all rows
     * in one join, the rows that fail are left out and returned with their reason, the others
     * merged as by {@link #load}. Within the load the row written last for a month and USCC wins.
     */
    @Transactional
    StagedOutcome loadStaged(Scope scope, Feed feed, StagedRows rows, Source source) {
        StagedOutcome staged = jdbc.execute((ConnectionCallback<StagedOutcome>) con -> {
            createStage(con);
            StageWriter stage = new StageWriter(con);
            int refusedByCaller;
            try {
                refusedByCaller = rows.writeTo(stage);
            } finally {
                stage.finish();
            }
            checks.locateStaged(STAGE, LOCATED);
            List<Refused> refused = refuseUnknownAndOutsideScope(con, scope);
            int unknown = (int) refused.stream().filter(r -> r.kind() == FeedChecks.Kind.UNKNOWN).count();
            Outcome outcome = stage.rows() == refused.size() ? new Outcome(List.of(), List.of(), 0, 0, 0)
                    : merge(con, feed, source, refusedByCaller + refused.size(), unknown);
            return new StagedOutcome(outcome, refused);
        });
        Outcome outcome = staged.outcome();
        if (source.requestDetection() && !outcome.months().isEmpty()) events.publishEvent(new FeedLoaded(feed, outcome.months(), source.loadedBy()));
        return staged;
    }

    private static final String STAGE = "monitoring_feed_stage";
    private static final String LOCATED = "monitoring_feed_located";

    private static void createStage(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("DROP TABLE IF EXISTS monitoring_feed_stage, monitoring_feed_located");
            st.execute("""
                    CREATE TEMP TABLE monitoring_feed_stage (
                        ord bigint, month date, uscc char(18), v1 integer, v2 integer, v3 integer
                    ) ON COMMIT DROP""");
            st.execute("CREATE TEMP TABLE monitoring_feed_located (uscc char(18) PRIMARY KEY, region_code varchar(12)) ON COMMIT DROP");
        }
    }

    /** Streams rows into the stage with one COPY; the order number of a row is its position. */
    static final class StageWriter {
        private final CopyIn in;
        private final StringBuilder b = new StringBuilder(COPY_BUFFER + 256);
        private long ord;

        private StageWriter(Connection con) throws SQLException {
            in = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY monitoring_feed_stage FROM STDIN (FORMAT text)");
        }

        /** Adds a row whose order number is the previous one plus one. */
        void add(LocalDate month, String uscc, int[] values) throws SQLException {
            add(ord + 1, month, uscc, values);
        }

        /** Adds a row with the caller's order number (a line number), which must grow from row to row. */
        void add(long ord, LocalDate month, String uscc, int[] values) throws SQLException {
            this.ord = ord;
            b.append(ord).append('\t').append(month).append('\t').append(uscc);
            for (int i = 0; i < 3; i++) {
                b.append('\t');
                if (i < values.length) b.append(values[i]); else b.append("\\N");
            }
            b.append('\n');
            rows++;
            if (b.length() >= COPY_BUFFER) flush(in, b);
        }

        private long rows;

        long rows() {
            return rows;
        }

        private void finish() throws SQLException {
            try {
                flush(in, b);
                in.endCopy();
            } finally {
                if (in.isActive()) in.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn in, StringBuilder b) throws SQLException {
        if (b.length() == 0) return;
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        b.setLength(0);
    }

    private void requireKnownAndWithinScope(Connection con, Scope scope) throws SQLException {
        try (Statement st = con.createStatement(); var rs = st.executeQuery("""
                SELECT s.uscc FROM monitoring_feed_stage s
                WHERE NOT EXISTS (SELECT 1 FROM monitoring_feed_located l WHERE l.uscc = s.uscc) LIMIT 1""")) {
            if (rs.next()) throw new ValidationException("统一社会信用代码", "统一社会信用代码 " + rs.getString(1) + " 未在企业库登记");
        }
        if (scope instanceof Scope.Province) return;
        String own = scope instanceof Scope.Region r ? r.regionCode() : null;
        if (own == null) throw new ValidationException("统一社会信用代码", "您无权报送监测数据");
        try (var ps = con.prepareStatement("SELECT uscc FROM monitoring_feed_located WHERE region_code <> ? LIMIT 1")) {
            ps.setString(1, own);
            try (var rs = ps.executeQuery()) {
                if (rs.next())
                    throw new ValidationException("统一社会信用代码", "企业 " + rs.getString(1) + " 不在您的辖区，不能报送其数据");
            }
        }
    }

    /**
     * The rows of enterprises the registry does not know or that lie outside the scope, in their
     * order; they are taken out of the stage (their enterprises out of the located set).
     */
    private List<Refused> refuseUnknownAndOutsideScope(Connection con, Scope scope) throws SQLException {
        List<String> outside = new ArrayList<>();
        try (Statement st = con.createStatement(); var rs = st.executeQuery("SELECT DISTINCT region_code FROM monitoring_feed_located")) {
            while (rs.next()) if (!ScopeSql.mayWriteRegion(scope, rs.getString(1))) outside.add(rs.getString(1));
        }
        List<Refused> refused = new ArrayList<>();
        try (var ps = con.prepareStatement("""
                SELECT s.ord, s.uscc, l.region_code FROM monitoring_feed_stage s
                LEFT JOIN monitoring_feed_located l ON l.uscc = s.uscc
                WHERE l.uscc IS NULL OR l.region_code = ANY (?) ORDER BY s.ord""")) {
            ps.setArray(1, con.createArrayOf("varchar", outside.toArray()));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String uscc = rs.getString(2), region = rs.getString(3);
                    refused.add(region == null
                            ? new Refused(rs.getLong(1), uscc, FeedChecks.Kind.UNKNOWN, checks.unknownReason(uscc))
                            : new Refused(rs.getLong(1), uscc, FeedChecks.Kind.OUTSIDE_SCOPE, checks.outsideReason(region)));
                }
            }
        }
        if (!outside.isEmpty()) {
            try (var ps = con.prepareStatement("DELETE FROM monitoring_feed_located WHERE region_code = ANY (?)")) {
                ps.setArray(1, con.createArrayOf("varchar", outside.toArray()));
                ps.executeUpdate();
            }
        }
        return refused;
    }

    private Outcome merge(Connection con, Feed feed, Source source, int rejected, int unknown) throws SQLException {
        List<LocalDate> months = new ArrayList<>();
        try (Statement st = con.createStatement(); var rs = st.executeQuery("""
                SELECT DISTINCT month FROM monitoring_feed_stage s
                WHERE EXISTS (SELECT 1 FROM monitoring_feed_located l WHERE l.uscc = s.uscc) ORDER BY 1""")) {
            while (rs.next()) months.add(rs.getDate(1).toLocalDate());
        }
        List<String> cols = feed.measures().stream().map(Feed.Measure::column).toList();
        String targetCols = String.join(", ", cols);
        StringBuilder staged = new StringBuilder(), updates = new StringBuilder(), current = new StringBuilder(), incoming = new StringBuilder();
        for (int i = 0; i < cols.size(); i++) {
            String c = cols.get(i);
            staged.append(i == 0 ? "" : ", ").append("s.v").append(i + 1);
            updates.append(", ").append(c).append(" = EXCLUDED.").append(c);
            current.append(", t.").append(c);
            incoming.append(", EXCLUDED.").append(c);
        }
        // RETURNING cannot read xmax of a partitioned table: count the rows that existed before instead
        // (every CTE sees the snapshot taken before the INSERT).
        String merge = """
                WITH latest AS (
                    SELECT DISTINCT ON (s.uscc) s.*, l.region_code FROM monitoring_feed_stage s
                    JOIN monitoring_feed_located l ON l.uscc = s.uscc
                    WHERE s.month = ? ORDER BY s.uscc, s.ord DESC
                ), existing AS (
                    SELECT count(*) AS n FROM %1$s t JOIN latest s ON t.month = s.month AND t.uscc = s.uscc
                ), merged AS (
                    INSERT INTO %1$s AS t (month, uscc, region_code, %2$s, load_id)
                    SELECT s.month, s.uscc, s.region_code, %3$s, ? FROM latest s
                    ON CONFLICT (month, uscc) DO UPDATE SET region_code = EXCLUDED.region_code, load_id = EXCLUDED.load_id%4$s
                    WHERE (t.region_code%5$s) IS DISTINCT FROM (EXCLUDED.region_code%6$s)
                    RETURNING 1
                )
                SELECT (SELECT count(*) FROM merged), (SELECT n FROM existing), (SELECT count(*) FROM latest)"""
                .formatted(feed.table(), targetCols, staged, updates, current, incoming);
        List<Long> loadIds = new ArrayList<>();
        int inserted = 0, updated = 0, unchanged = 0;
        for (LocalDate month : months) {
            try (var ps = con.prepareStatement("SELECT monitoring_ensure_month(?)")) {
                ps.setDate(1, Date.valueOf(month));
                ps.execute();
            }
            long loadId;
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
                    loadId = rs.getLong(1);
                }
            }
            int ins, upd, total;
            try (var ps = con.prepareStatement(merge)) {
                ps.setDate(1, Date.valueOf(month));
                ps.setLong(2, loadId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    int changed = rs.getInt(1), existed = rs.getInt(2);
                    total = rs.getInt(3);
                    ins = total - existed;
                    upd = changed - ins;
                }
            }
            try (var ps = con.prepareStatement("UPDATE monitoring_load SET accepted = ? WHERE id = ?")) {
                ps.setInt(1, total);
                ps.setLong(2, loadId);
                ps.executeUpdate();
            }
            if (feed == Feed.SOCIAL_INSURANCE) refreshRegionFigures(con, month);
            loadIds.add(loadId);
            inserted += ins;
            updated += upd;
            unchanged += total - ins - upd;
        }
        return new Outcome(months, loadIds, inserted, updated, unchanged);
    }

    /** The dashboard's insured headcount per region and month. */
    private void refreshRegionFigures(Connection con, LocalDate month) throws SQLException {
        try (var del = con.prepareStatement("DELETE FROM monitoring_region_month WHERE month = ?");
             var ins = con.prepareStatement("""
                     INSERT INTO monitoring_region_month (month, region_code, enterprises, insured)
                     SELECT month, region_code, count(*), sum(insured) FROM monitoring_headcount WHERE month = ?
                     GROUP BY month, region_code""")) {
            del.setDate(1, Date.valueOf(month));
            del.executeUpdate();
            ins.setDate(1, Date.valueOf(month));
            ins.executeUpdate();
        }
    }
}
