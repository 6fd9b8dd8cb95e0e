package tongxing.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseData;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.feeds.Feed;
import tongxing.monitoring.feeds.FeedFact;
import tongxing.monitoring.feeds.FeedLoader;
import tongxing.platform.security.Scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * 24 months of program-6 feeds for the demo registry, through the feeds' own bulk path, then
 * detection month by month so that the dashboard, the key list and the backtest have something
 * to show. Headcounts wander a little; a few Haikou and Sanya enterprises lay off (a sharp cut,
 * or a slow one over three months) and people register as unemployed the month after; the demo
 * enterprise's own company cuts 30 of its 260 in September 2026.
 */
@Component
class DemoMonitoring {

    private static final Logger log = LoggerFactory.getLogger(DemoMonitoring.class);
    static final int MONTHS = 24;

    private final FeedLoader loader;
    private final Detection detection;

    DemoMonitoring(FeedLoader loader, Detection detection) {
        this.loader = loader;
        this.detection = detection;
    }

    /** At benchmark scale (a million enterprises) only the first few thousand get demo feeds. */
    static final long MAX_ENTERPRISES = 3000;

    void generate(long registryCount, long seed, LocalDate today) {
        long enterpriseCount = Math.min(registryCount, MAX_ENTERPRISES);
        LocalDate last = today.withDayOfMonth(1).minusMonths(1);
        LocalDate first = last.minusMonths(MONTHS - 1);
        Map<Feed, List<FeedFact>> facts = new EnumMap<>(Feed.class);
        for (Feed f : Feed.values()) facts.put(f, new ArrayList<>());
        Random random = new Random(seed + 6);
        Stream.concat(Stream.of(DemoEnterprises.demoEnterprise()),
                        Stream.generate(new HainanEnterpriseGenerator(registryCount, seed, 0)::next).limit(enterpriseCount))
                .forEach(e -> simulate(e, first, random, facts));
        for (Feed f : Feed.values()) {
            loader.load(Scope.province(), f, facts.get(f).iterator(), FeedLoader.Source.backfill("演示数据", "system"));
        }
        for (int i = 0; i < MONTHS; i++) detection.run(first.plusMonths(i), "DEMO");
        log.info("Demo monitoring: {} months of feeds for {} enterprises, detection run", MONTHS, enterpriseCount + 1);
    }

    private static void simulate(EnterpriseData e, LocalDate first, Random random, Map<Feed, List<FeedFact>> facts) {
        boolean demo = DemoAccounts.DEMO_ENTERPRISE_USCC.equals(e.uscc());
        int base = e.employees() == null ? 8 + random.nextInt(40) : Math.max(3, e.employees());
        boolean watched = "460100".equals(e.regionCode()) || "460200".equals(e.regionCode());
        // About one in twelve Haikou/Sanya enterprises of 30+ people lays off once: sharply or over three months.
        int layoffAt = demo ? MONTHS - 2 : watched && base >= 30 && random.nextInt(12) == 0 ? 4 + random.nextInt(MONTHS - 4) : -1;
        boolean slow = !demo && layoffAt >= 0 && random.nextBoolean();
        int cut = demo ? 30 : Math.max(3, base / 4);
        boolean arrears = random.nextInt(40) == 0;
        int insured = base;
        for (int i = 0; i < MONTHS; i++) {
            LocalDate month = first.plusMonths(i);
            int separations = 0, registrations = 0;
            if (i > 0 && !demo) {
                int change = (int) Math.round(insured * (random.nextGaussian() * 0.015));
                insured = Math.max(1, insured + change);
                separations = Math.max(0, -change) + random.nextInt(2);
            }
            if (layoffAt >= 0) {
                if (!slow && i == layoffAt) {
                    insured = Math.max(1, insured - cut);
                    separations += cut;
                } else if (slow && i >= layoffAt && i < layoffAt + 3) {
                    int step = Math.max(1, cut / 3 + 1);
                    insured = Math.max(1, insured - step);
                    separations += step;
                }
                if (i == layoffAt + 1 || (slow && i == layoffAt + 3)) registrations = Math.max(3, cut / 2);
            }
            if (random.nextInt(60) == 0) registrations += 1 + random.nextInt(2);
            int arrearsMonths = arrears && i >= MONTHS - 6 ? i - (MONTHS - 7) : 0;
            int wageComplaints = (layoffAt >= 0 && i == layoffAt + 1 && random.nextBoolean()) || random.nextInt(400) == 0 ? 1 : 0;
            int cases = random.nextInt(150) == 0 ? 1 + random.nextInt(3) : 0;
            if (layoffAt >= 0 && i == layoffAt + 1 && random.nextInt(3) == 0) cases += 3;
            int collective = cases >= 3 && random.nextBoolean() ? 1 : 0;
            int workers = cases == 0 ? 0 : cases + (collective == 1 ? 12 : random.nextInt(3));
            facts.get(Feed.SOCIAL_INSURANCE).add(new FeedFact(month, e.uscc(), new int[]{insured, arrearsMonths}));
            facts.get(Feed.EMPLOYMENT_FILING).add(new FeedFact(month, e.uscc(), new int[]{random.nextInt(3), separations}));
            if (registrations > 0) facts.get(Feed.UNEMPLOYMENT).add(new FeedFact(month, e.uscc(), new int[]{registrations}));
            if (cases > 0) facts.get(Feed.DISPUTE).add(new FeedFact(month, e.uscc(), new int[]{cases, workers, collective}));
            if (wageComplaints > 0) facts.get(Feed.COMPLAINT).add(new FeedFact(month, e.uscc(), new int[]{wageComplaints, 0}));
        }
    }
}
