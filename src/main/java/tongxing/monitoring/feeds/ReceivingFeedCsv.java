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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Receiving a whole month of a feed as one CSV body (the monthly file an HRSS system exports):
 * each line is read and checked as an API item is (USCC, numbers, duplicates in the file), the
 * registry and the key's region are checked for all good lines in one query, and those that pass
 * are written by {@link FeedLoader} like any load (a month's first load with one COPY). The answer counts every line and lists the refused
 * ones by line number with field and reason.
 */
@Service
class ReceivingFeedCsv {

    /** A province has about 400,000 employing units; a month of one feed fits in one request. */
    static final int MAX_LINES = 1_000_000;
    /** Refused lines listed in the answer; all of them are counted. */
    static final int MAX_LISTED = 10_000;

    private final FeedLoader loader;
    private final AuditLog audit;

    ReceivingFeedCsv(FeedLoader loader, AuditLog audit) {
        this.loader = loader;
        this.audit = audit;
    }

    @Transactional
    FeedCsvReport receive(ApiClient client, Feed feed, LocalDate month, InputStream body) throws IOException {
        FeedCsvLines lines = new FeedCsvLines(body, feed);
        List<FeedCsvReport.Refused> refused = new ArrayList<>();
        List<FeedFact> facts = new ArrayList<>();
        List<Integer> factLines = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int received = 0;
        try {
            while (lines.next()) {
                if (++received > MAX_LINES) throw ApiRequestRejected.tooLarge(MAX_LINES);
                int[] values = new int[feed.measures().size()];
                List<Violation> v = lines.read(values);
                String uscc = lines.uscc();
                if (v.isEmpty()) {
                    Integer first = firstLine.putIfAbsent(uscc, lines.number());
                    if (first != null) v = List.of(new Violation("uscc",
                            "同一文件中该企业重复（与第 " + first + " 行相同），每家企业每月只能出现一次"));
                }
                if (v.isEmpty()) {
                    facts.add(new FeedFact(month, uscc, values));
                    factLines.add(lines.number());
                } else refused.add(new FeedCsvReport.Refused(lines.number(), uscc, v));
            }
        } catch (IOException e) {
            throw ApiRequestRejected.malformed("feeds.api.csv.unreadable");
        }
        FeedLoader.CheckedOutcome staged = loader.loadChecked(client.scope(), feed, facts, FeedLoader.Source.api(who(client), 0, 0), refused.size());
        for (FeedLoader.Refused r : staged.refused())
            refused.add(new FeedCsvReport.Refused(factLines.get(r.index()), facts.get(r.index()).uscc(), List.of(new Violation("uscc", r.reason()))));
        if (!staged.refused().isEmpty()) refused.sort(java.util.Comparator.comparingLong(FeedCsvReport.Refused::line));
        int unknown = (int) staged.refused().stream().filter(r -> r.kind() == FeedChecks.Kind.UNKNOWN).count();
        FeedLoader.Outcome o = staged.outcome();
        audit.recordAs(who(client), AuditAction.API_CALL, "监测数据文件推送（" + feed.title() + " " + month.toString().substring(0, 7)
                + "，密钥 " + client.keyId() + "）：收到 " + received + " 行，新增 " + o.inserted() + "，更新 " + o.updated()
                + "，未变 " + o.unchanged() + "，拒绝 " + refused.size() + "（其中企业库未登记 " + unknown + "）");
        return new FeedCsvReport(feed.slug(), month.toString().substring(0, 7), o.loadIds().isEmpty() ? null : o.loadIds().get(0),
                new FeedReport.Totals(received, o.inserted(), o.updated(), o.unchanged(), refused.size(), unknown),
                refused.size() > MAX_LISTED, refused.size() > MAX_LISTED ? refused.subList(0, MAX_LISTED) : refused);
    }

    private static String who(ApiClient client) {
        return client.name().length() > 50 ? client.name().substring(0, 50) : client.name();
    }
}
