package tongxing.monitoring.feeds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.api.ApiRequestRejected;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.security.ApiClient;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Receiving a whole month of a feed as one CSV body (the monthly file an HRSS system exports):
 * each line is read and checked as an API item is (USCC, numbers, duplicates in the file), the
 * registry and the key's region are checked for all good lines at once (a file naming a good part of
 * the registry has the whole registry read alongside, {@link RegistrySnapshot}; a smaller one asks
 * one query for its USCCs), and those that pass
 * are written by {@link FeedLoader} like any load (a month's first load with one COPY). The good
 * lines are kept column by column ({@link FeedMonthRows}) and sorted by USCC once, which also finds
 * an enterprise repeated in the file. The answer counts every line and lists the refused ones by
 * line number with field and reason.
 */
@Service
class ReceivingFeedCsv {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReceivingFeedCsv.class);

    /** A province has about 400,000 employing units; a month of one feed fits in one request. */
    static final int MAX_LINES = 1_000_000;
    /** Refused lines listed in the answer; all of them are counted. */
    static final int MAX_LISTED = 10_000;

    private final FeedLoader loader;
    private final FeedChecks checks;
    private final AuditLog audit;

    ReceivingFeedCsv(FeedLoader loader, FeedChecks checks, AuditLog audit) {
        this.loader = loader;
        this.checks = checks;
        this.audit = audit;
    }

    @Transactional
    FeedCsvReport receive(ApiClient client, Feed feed, LocalDate month, InputStream body, long bodyBytes) throws IOException {
        // A file naming a good part of the registry: the whole registry is read alongside the file.
        Future<RegistrySnapshot> registry = bodyBytes > 0 ? checks.snapshotFor(bodyBytes / BYTES_A_LINE) : null;
        try {
            return receive(client, feed, month, body, bodyBytes, registry);
        } finally {
            if (registry != null) registry.cancel(false);
        }
    }

    /** About the shortest line of a month's file: an 18-character USCC and two short numbers. */
    private static final int BYTES_A_LINE = 24;

    private FeedCsvReport receive(ApiClient client, Feed feed, LocalDate month, InputStream body, long bodyBytes,
                                  Future<RegistrySnapshot> registry) throws IOException {
        FeedCsvLines lines = new FeedCsvLines(body, feed);
        List<FeedCsvReport.Refused> refused = new ArrayList<>();
        // Sized for the body's length (its shortest lines) when it is known, so the columns need not grow as it is read.
        FeedMonthRows rows = new FeedMonthRows(feed.measures().size(), bodyBytes > 0 ? (int) Math.min(MAX_LINES, bodyBytes / BYTES_A_LINE) : 1024);
        int[] values = new int[feed.measures().size()];
        int received = 0;
        long t0 = System.nanoTime(), read, waited = 0, sorted;
        try {
            while (lines.next()) {
                if (++received > MAX_LINES) throw ApiRequestRejected.tooLarge(MAX_LINES);
                List<Violation> v = lines.read(values);
                if (v.isEmpty()) rows.add(lines.uscc(), values, lines.number());
                else refused.add(new FeedCsvReport.Refused(lines.number(), lines.uscc(), v));
            }
        } catch (IOException e) {
            throw ApiRequestRejected.malformed("feeds.api.csv.unreadable");
        }
        read = System.nanoTime();
        FeedLoader.CheckedOutcome staged;
        if (registry != null) {
            // The registry read alongside orders the lines by its own USCC order: no sort.
            RegistrySnapshot snapshot = FeedLoader.snapshot(registry);
            waited = System.nanoTime();
            RegisteredOrder registered = RegisteredOrder.of(rows, snapshot);
            for (RegisteredOrder.Repeat r : registered.repeats()) refused.add(repeat(rows, r.row(), r.firstRow()));
            sorted = System.nanoTime();
            staged = loader.loadMonth(client.scope(), feed, month, rows, registered.order(), registered.regionOfRow(),
                    FeedLoader.Source.api(who(client), 0, 0), refused.size());
        } else {
            // Without the whole registry alongside, it is asked once, in USCC order (a merge join on its covering
            // index): asking part by part while reading would hash the whole registry for every part.
            int[] order = withoutRepeats(rows, rows.orderByUscc(), refused);
            sorted = System.nanoTime();
            staged = loader.loadMonth(client.scope(), feed, month, rows, order, FeedLoader.Source.api(who(client), 0, 0), refused.size());
        }
        for (FeedLoader.Refused r : staged.refused())
            refused.add(new FeedCsvReport.Refused(rows.line(r.index()), rows.uscc(r.index()), List.of(new Violation("uscc", r.reason()))));
        refused.sort(Comparator.comparingLong(FeedCsvReport.Refused::line));
        int unknown = (int) staged.refused().stream().filter(r -> r.kind() == FeedChecks.Kind.UNKNOWN).count();
        FeedLoader.Outcome o = staged.outcome();
        if (log.isDebugEnabled()) log.debug("CSV month {} {}: {} lines read in {} ms, ordered in {} ms (waiting for the registry {} ms), checked and written in {} ms",
                feed, month, received, (read - t0) / 1_000_000, (sorted - read) / 1_000_000, waited == 0 ? 0 : (waited - read) / 1_000_000,
                (System.nanoTime() - sorted) / 1_000_000);
        audit.recordAs(who(client), AuditAction.API_CALL, "监测数据文件推送（" + feed.title() + " " + month.toString().substring(0, 7)
                + "，密钥 " + client.keyId() + "）：收到 " + received + " 行，新增 " + o.inserted() + "，更新 " + o.updated()
                + "，未变 " + o.unchanged() + "，拒绝 " + refused.size() + "（其中企业库未登记 " + unknown + "）");
        return new FeedCsvReport(feed.slug(), month.toString().substring(0, 7), o.loadIds().isEmpty() ? null : o.loadIds().get(0),
                new FeedReport.Totals(received, o.inserted(), o.updated(), o.unchanged(), refused.size(), unknown),
                refused.size() > MAX_LISTED, refused.size() > MAX_LISTED ? refused.subList(0, MAX_LISTED) : refused);
    }

    /**
     * The positions of {@code order} (USCC order) less the repeats of an enterprise in the file:
     * its first line is kept, every later one refused, naming the first.
     */
    private static int[] withoutRepeats(FeedMonthRows rows, int[] order, List<FeedCsvReport.Refused> refused) {
        int[] kept = new int[order.length];
        int n = 0;
        for (int i = 0; i < order.length; ) {
            int j = i + 1, first = order[i];
            while (j < order.length && rows.uscc(order[j]).equals(rows.uscc(order[i]))) {
                if (order[j] < first) first = order[j];
                j++;
            }
            kept[n++] = first;
            for (int k = i; k < j; k++)
                if (order[k] != first) refused.add(repeat(rows, order[k], first));
            i = j;
        }
        return Arrays.copyOf(kept, n);
    }

    private static FeedCsvReport.Refused repeat(FeedMonthRows rows, int row, int firstRow) {
        return new FeedCsvReport.Refused(rows.line(row), rows.uscc(row), List.of(new Violation("uscc",
                FeedTexts.FEEDS.get("feeds.row.duplicateInFile", String.valueOf(rows.line(firstRow))))));
    }

    private static String who(ApiClient client) {
        return client.name().length() > 50 ? client.name().substring(0, 50) : client.name();
    }
}
