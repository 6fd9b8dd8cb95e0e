package tongxing.monitoring.feeds;

import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.security.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static tongxing.support.TestEnterprises.anEnterprise;

/** Registers fresh enterprises and loads facts for them through the real loader (no detection afterwards). */
public final class FeedFixture {

    private FeedFixture() {
    }

    public static String register(EnterpriseBulkLoader registry, String region, String name) {
        EnterpriseData d = anEnterprise().inRegion(region).named(name).build();
        registry.upsert(Scope.province(), List.of(d).iterator(), "TEST");
        return d.uscc();
    }

    public static FeedLoader.Outcome load(FeedLoader loader, Feed feed, FeedFact... facts) {
        return loader.load(Scope.province(), feed, List.of(facts).iterator(), FeedLoader.Source.backfill("test", "test"));
    }

    public static FeedFact fact(String month, String uscc, int... values) {
        return new FeedFact(LocalDate.parse(month + "-01"), uscc, values);
    }

    /** Social-insurance facts of consecutive months starting at {@code first}. */
    public static FeedFact[] insured(String first, String uscc, int... headcounts) {
        List<FeedFact> facts = new ArrayList<>();
        LocalDate m = LocalDate.parse(first + "-01");
        for (int h : headcounts) {
            facts.add(new FeedFact(m, uscc, new int[]{h, 0}));
            m = m.plusMonths(1);
        }
        return facts.toArray(FeedFact[]::new);
    }
}
