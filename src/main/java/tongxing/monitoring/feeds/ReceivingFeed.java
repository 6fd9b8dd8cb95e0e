package tongxing.monitoring.feeds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.identity.Uscc;
import tongxing.platform.security.ApiClient;
import tongxing.platform.validation.Violation;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Receiving one month of a feed by API: each item is read and checked on its own (type, numbers,
 * known to the registry, within the key's region, once per batch); the good ones are loaded
 * together through {@link FeedLoader}, the others answered with field and reason.
 */
@Service
class ReceivingFeed {

    private final FeedChecks checks;
    private final FeedLoader loader;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReceivingFeed(FeedChecks checks, FeedLoader loader, JdbcClient jdbc, AuditLog audit) {
        this.checks = checks;
        this.loader = loader;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    FeedReport receive(ApiClient client, Feed feed, LocalDate month, List<JsonNode> items) {
        List<FeedFact> facts = new ArrayList<>();
        List<List<Violation>> problems = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            List<Violation> v = new ArrayList<>();
            FeedFact fact = read(feed, month, items.get(i), v);
            if (v.isEmpty()) {
                Integer first = firstIndex.putIfAbsent(fact.uscc(), i);
                if (first != null) v.add(new Violation("uscc", FeedTexts.FEEDS.get("feeds.row.duplicateInBatch", String.valueOf(first))));
            }
            facts.add(fact);
            problems.add(v);
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (problems.get(i).isEmpty()) candidates.add(i);
        Set<Integer> unknown = new HashSet<>();
        for (FeedChecks.Problem p : checks.check(client.scope(), candidates.stream().map(i -> facts.get(i).uscc()).toList())) {
            int index = candidates.get(p.index());
            problems.get(index).add(new Violation("uscc", p.reason()));
            if (p.kind() == FeedChecks.Kind.UNKNOWN) unknown.add(index);
        }
        List<FeedFact> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (problems.get(i).isEmpty()) accepted.add(facts.get(i));
        int rejected = items.size() - accepted.size();
        Map<String, Status> status = previous(feed, month, accepted);
        Long loadId = null;
        if (!accepted.isEmpty()) {
            FeedLoader.Outcome outcome = loader.load(client.scope(), feed, accepted.iterator(),
                    FeedLoader.Source.api(who(client), rejected, unknown.size()));
            loadId = outcome.loadIds().get(0);
        }
        List<FeedReport.ItemResult> results = new ArrayList<>();
        int ins = 0, upd = 0, same = 0;
        for (int i = 0; i < items.size(); i++) {
            String uscc = facts.get(i) == null ? submittedUscc(items.get(i)) : facts.get(i).uscc();
            String s;
            if (!problems.get(i).isEmpty()) s = "rejected";
            else {
                Status st = status.getOrDefault(uscc, Status.INSERTED);
                s = st.name().toLowerCase();
                if (st == Status.INSERTED) ins++; else if (st == Status.UPDATED) upd++; else same++;
            }
            results.add(new FeedReport.ItemResult(i, uscc, s, problems.get(i)));
        }
        audit.recordAs(who(client), AuditAction.API_CALL, "监测数据推送（" + feed.title() + " " + month.toString().substring(0, 7)
                + "，密钥 " + client.keyId() + "）：收到 " + items.size() + " 条，新增 " + ins + "，更新 " + upd
                + "，未变 " + same + "，拒绝 " + rejected + "（其中企业库未登记 " + unknown.size() + "）");
        return new FeedReport(feed.slug(), month.toString().substring(0, 7), loadId,
                new FeedReport.Totals(items.size(), ins, upd, same, rejected, unknown.size()), results);
    }

    enum Status { INSERTED, UPDATED, UNCHANGED }

    /** What each accepted item will do to the stored facts (for the per-item answer). */
    private Map<String, Status> previous(Feed feed, LocalDate month, List<FeedFact> accepted) {
        Map<String, Status> status = new HashMap<>();
        if (accepted.isEmpty()) return status;
        Map<String, FeedFact> byUscc = new HashMap<>();
        accepted.forEach(f -> byUscc.put(f.uscc(), f));
        String cols = String.join(", ", feed.measures().stream().map(Feed.Measure::column).toList());
        jdbc.sql("SELECT uscc, " + cols + " FROM " + feed.table() + " WHERE month = :month AND uscc IN (:usccs)")
                .param("month", month).param("usccs", List.copyOf(byUscc.keySet()))
                .query((rs, n) -> {
                    String uscc = rs.getString(1).trim();
                    int[] v = byUscc.get(uscc).values();
                    boolean same = true;
                    for (int i = 0; i < v.length; i++) same &= rs.getInt(i + 2) == v[i];
                    return status.put(uscc, same ? Status.UNCHANGED : Status.UPDATED);
                }).list();
        return status;
    }

    private static FeedFact read(Feed feed, LocalDate month, JsonNode item, List<Violation> v) {
        if (item == null || !item.isObject()) {
            v.add(new Violation("", FeedTexts.FEEDS.get("feeds.row.notAnObject")));
            return null;
        }
        String uscc = null;
        JsonNode u = item.get("uscc");
        if (u == null || u.isNull()) v.add(new Violation("uscc", FeedTexts.FEEDS.get("feeds.row.usccRequired")));
        else if (!u.isString()) v.add(new Violation("uscc", FeedTexts.FEEDS.get("feeds.row.notAString")));
        else {
            uscc = Uscc.normalize(u.asString());
            Uscc.problem(uscc).ifPresent(p -> v.add(new Violation("uscc", p)));
        }
        int[] values = new int[feed.measures().size()];
        for (int i = 0; i < values.length; i++) {
            Feed.Measure m = feed.measures().get(i);
            JsonNode n = item.get(m.json());
            if (n == null || n.isNull()) v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.measureRequired", m.header())));
            else if (!n.isIntegralNumber() || !n.canConvertToInt()) v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.notInteger", m.header())));
            else if (n.asInt() < 0) v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.negative", m.header())));
            else values[i] = n.asInt();
        }
        if (v.isEmpty()) FeedRules.check(feed, values).ifPresent(p -> v.add(new Violation(
                feed.measures().stream().filter(m -> m.header().equals(p.field())).findFirst().map(Feed.Measure::json).orElse(p.field()),
                p.reason())));
        return v.isEmpty() ? new FeedFact(month, uscc, values) : null;
    }

    private static String submittedUscc(JsonNode item) {
        JsonNode u = item == null ? null : item.get("uscc");
        return u == null || !u.isValueNode() ? null : u.asString();
    }

    private static String who(ApiClient client) {
        return client.name().length() > 50 ? client.name().substring(0, 50) : client.name();
    }
}
