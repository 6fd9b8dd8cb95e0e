package tongxing.monitoring.feeds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.ValidationException;

import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedLoader.class);


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
            if (region == null) throw new ValidationException("统一社会信用代码", FeedTexts.FEEDS.get("feeds.row.unregistered", uscc));
            if (!ScopeSql.mayWriteRegion(scope, region))
                throw new ValidationException("统一社会信用代码", FeedTexts.FEEDS.get("feeds.row.outsideScope", uscc));
        }
        Outcome outcome = write(feed, byMonth, regions, source, source.rejected(), source.unknown());
        if (source.requestDetection() && !outcome.months().isEmpty()) events.publishEvent(new FeedLoaded(feed, outcome.months(), source.loadedBy()));
        return outcome;
    }

    /**
     * The path of a whole month sent at once (hundreds of thousands of rows, each enterprise at
     * most once, already parsed and checked by the caller, {@code order} their positions in USCC
     * order): the registry is asked for the rows' USCCs in one query, the rows of enterprises it
     * does not know or that lie outside the scope are left out and returned with their reason (by
     * position in {@code rows}), the others written as by {@link #load}. A month's first load
     * becomes the month's partition, built apart from the columns with one COPY and attached
     * ({@link FreshMonthPartition}); a month that holds facts is compared with the load in the
     * database ({@link MonthPartitionMerge}).
     */
    @Transactional
    CheckedOutcome loadMonth(Scope scope, Feed feed, LocalDate month, FeedMonthRows rows, int[] order, Source source, int refusedByCaller) {
        long t0 = System.nanoTime();
        List<String> usccs = new ArrayList<>(order.length);
        for (int row : order) usccs.add(rows.uscc(row));
        String[] regions = checks.regionsAt(usccs);
        if (log.isDebugEnabled()) log.debug("{} USCCs located in the registry in {} ms", order.length, (System.nanoTime() - t0) / 1_000_000);
        return writeChecked(feed, month, new RegistryCheck(checks, scope, rows, order, regions), rows, source, refusedByCaller);
    }

    /** The whole registry read alongside a file ({@link FeedChecks#snapshotFor}), once it is in. */
    static RegistrySnapshot snapshot(Future<RegistrySnapshot> registry) {
        try {
            return registry.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the registry", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the registry failed", e.getCause());
        }
    }

    /**
     * As above, the registry already asked: {@code regionOfRow[row]} is the region of each row, null if not registered;
     * {@code order} may end with unregistered rows out of USCC order (they are not written).
     */
    @Transactional
    CheckedOutcome loadMonth(Scope scope, Feed feed, LocalDate month, FeedMonthRows rows, int[] order, String[] regionOfRow,
                             Source source, int refusedByCaller) {
        String[] inOrder = new String[order.length];
        for (int i = 0; i < order.length; i++) inOrder[i] = regionOfRow[order[i]];
        return writeChecked(feed, month, new RegistryCheck(checks, scope, rows, order, inOrder), rows, source, refusedByCaller);
    }

    private CheckedOutcome writeChecked(Feed feed, LocalDate month, RegistryCheck check, FeedMonthRows rows, Source source, int refusedByCaller) {
        long t0 = System.nanoTime();
        Outcome outcome = jdbc.execute((ConnectionCallback<Outcome>) con -> {
            // Undone if the check refuses every row: then there is no load to record.
            Savepoint before = con.setSavepoint();
            MonthPartitionWrite w = new MonthPartitionWrite(con, feed, month, null);
            long loadId = w.begin(source, refusedByCaller, 0);
            int[] counts;
            MonthPartitionWrite.State state = w.state();
            // A month that holds few facts next to this load (an earlier partial load, demo data) is rebuilt
            // like a first load; a corrected file of a loaded month is merged (mostly unchanged rows).
            if (state != MonthPartitionWrite.State.FILLED || w.facts() * 2 < check.size())
                counts = w.writeFirst(rows, check, loadId, state);
            else counts = w.writeAgain(rows, check, loadId);
            if (check.accepted() == 0) {
                con.rollback(before);
                return new Outcome(List.of(), List.of(), 0, 0, 0);
            }
            con.releaseSavepoint(before);
            w.recordChecked(loadId, check.accepted(), refusedByCaller + check.refused().size(), check.unknown());
            return new Outcome(List.of(month), List.of(loadId), counts[0], counts[1], counts[2]);
        });
        if (log.isDebugEnabled()) log.debug("{} {}: {} rows checked against the registry and written in {} ms", feed, month, check.size(),
                (System.nanoTime() - t0) / 1_000_000);
        if (source.requestDetection() && !outcome.months().isEmpty()) events.publishEvent(new FeedLoaded(feed, outcome.months(), source.loadedBy()));
        return new CheckedOutcome(outcome, check.refused());
    }

    private Outcome write(Feed feed, Map<LocalDate, Map<String, int[]>> byMonth, Map<String, String> regions, Source source,
                          int rejected, int unknown) {
        return jdbc.execute((ConnectionCallback<Outcome>) con -> {
            List<LocalDate> months = new ArrayList<>();
            List<Long> loadIds = new ArrayList<>();
            int inserted = 0, updated = 0, unchanged = 0;
            for (Map.Entry<LocalDate, Map<String, int[]>> e : byMonth.entrySet()) {
                LocalDate month = e.getKey();
                MonthPartitionWrite w = new MonthPartitionWrite(con, feed, month, regions);
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
}
