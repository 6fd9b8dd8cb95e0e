package tongxing.enterprise.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseValidation;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.region.Regions;
import tongxing.platform.security.ApiClient;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.Violation;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Receiving a batch of the market-regulation feed (市场监管企业登记推送): each item is read,
 * validated and checked against the API key's region; the valid ones are upserted together in
 * one bulk load (idempotent: the same batch twice changes nothing), the others are reported
 * with field and reason. One audit entry per batch.
 */
@Service
class ReceivingEnterpriseFeed {

    static final String SOURCE = "API";

    private final FeedItemReader reader;
    private final EnterpriseValidation validation;
    private final EnterpriseBulkLoader loader;
    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditLog audit;
    private final MessageSource messages;

    ReceivingEnterpriseFeed(FeedItemReader reader, EnterpriseValidation validation, EnterpriseBulkLoader loader,
                            JdbcClient jdbc, Regions regions, AuditLog audit, MessageSource messages) {
        this.reader = reader;
        this.validation = validation;
        this.loader = loader;
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    FeedReport receive(ApiClient client, List<JsonNode> items) {
        Scope scope = client.scope();
        List<List<Violation>> problems = new ArrayList<>();
        List<EnterpriseData> data = new ArrayList<>();
        Map<String, Integer> firstIndexOfUscc = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            FeedItemReader.Read read = reader.read(items.get(i));
            EnterpriseData d = read.data();
            List<Violation> v = d == null ? new ArrayList<>(read.problems()) : check(client, d);
            if (v.isEmpty()) {
                Integer first = firstIndexOfUscc.putIfAbsent(d.uscc(), i);
                if (first != null) v.add(new Violation("uscc", text("api.item.duplicate", first)));
            }
            problems.add(v);
            data.add(d);
        }
        rejectEnterprisesOfOtherRegions(scope, data, problems);

        List<EnterpriseData> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) if (problems.get(i).isEmpty()) accepted.add(data.get(i));
        Map<String, EnterpriseBulkLoader.Outcome> outcomes = accepted.isEmpty() ? Map.of()
                : loader.upsertReportingEach(scope, accepted.iterator(), SOURCE, who(client));

        List<FeedReport.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Violation> v = problems.get(i);
            String status = v.isEmpty() ? outcomes.get(data.get(i).uscc()).name().toLowerCase(Locale.ROOT) : "rejected";
            results.add(new FeedReport.ItemResult(i, submittedUscc(items.get(i), data.get(i)), status, v));
        }
        FeedReport report = FeedReport.of(results);
        FeedReport.Totals t = report.totals();
        audit.recordAs(who(client), AuditAction.API_CALL, messages.getMessage("api.audit.batch", new Object[]{client.keyId(),
                t.received(), t.inserted(), t.updated(), t.unchanged(), t.rejected()}, Locale.SIMPLIFIED_CHINESE));
        return report;
    }

    /** The registry's rules, and the key's region: a city's key registers enterprises of that city only. */
    /** The audit log's user column holds 50 characters; a key's name may be longer, its id says which key it was. */
    private static String who(ApiClient client) {
        return client.name().length() > 50 ? client.name().substring(0, 50) : client.name();
    }

    private List<Violation> check(ApiClient client, EnterpriseData d) {
        List<Violation> v = new ArrayList<>(validation.check(d));
        if (d.regionCode() != null && regions.isCity(d.regionCode()) && !ScopeSql.mayWriteRegion(client.scope(), d.regionCode()))
            v.add(new Violation("regionCode", text("api.item.outsideScope", regions.name(client.regionCode()))));
        return v;
    }

    /** A region's key may not alter (or move into its region) an enterprise registered in another region. */
    private void rejectEnterprisesOfOtherRegions(Scope scope, List<EnterpriseData> data, List<List<Violation>> problems) {
        if (!(scope instanceof Scope.Region region)) return;
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) if (problems.get(i).isEmpty()) usccs.add(data.get(i).uscc());
        if (usccs.isEmpty()) return;
        Map<String, String> registeredRegion = new HashMap<>();
        jdbc.sql("SELECT uscc, region_code FROM enterprise WHERE uscc IN (:usccs)")
                .param("usccs", usccs)
                .query((rs, n) -> registeredRegion.put(rs.getString(1), rs.getString(2))).list();
        for (int i = 0; i < data.size(); i++) {
            if (!problems.get(i).isEmpty()) continue;
            String registered = registeredRegion.get(data.get(i).uscc());
            if (registered != null && !registered.equals(region.regionCode()))
                problems.get(i).add(new Violation("uscc", text("api.item.otherRegion")));
        }
    }

    private static String submittedUscc(JsonNode item, EnterpriseData data) {
        if (data != null) return data.uscc();
        JsonNode uscc = item == null ? null : item.get("uscc");
        return uscc == null || !uscc.isValueNode() ? null : uscc.asString();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
