package tongxing.monitoring.feeds;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseLocations;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks feed rows against the registry, one query per batch: a USCC the registry does not know
 * is reported (never dropped silently), and a loader may only send facts of enterprises in its
 * own region.
 */
@Component
class FeedChecks {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FeedChecks.class);

    enum Kind { UNKNOWN, OUTSIDE_SCOPE }

    record Problem(int index, Kind kind, String reason) {
    }

    private final EnterpriseLocations locations;
    private final Regions regions;

    /**
     * Threads that read the registry while a whole month's file is read. Each takes a second pooled
     * connection for the length of its query; two bound how many a burst of month loads holds at once.
     */
    private final ExecutorService lookups = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "feed-registry-lookup");
        t.setDaemon(true);
        return t;
    });

    FeedChecks(EnterpriseLocations locations, Regions regions) {
        this.locations = locations;
        this.regions = regions;
    }

    List<Problem> check(Scope scope, List<String> usccs) {
        Map<String, EnterpriseLocations.Location> found = locations.locate(new java.util.HashSet<>(usccs));
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < usccs.size(); i++) {
            EnterpriseLocations.Location at = found.get(usccs.get(i));
            if (at == null) {
                problems.add(new Problem(i, Kind.UNKNOWN, unknownReason(usccs.get(i))));
            } else if (!ScopeSql.mayWriteRegion(scope, at.regionCode())) {
                problems.add(new Problem(i, Kind.OUTSIDE_SCOPE, outsideReason(at.regionCode())));
            }
        }
        return problems;
    }

    /** The region of every registered USCC of a load, in one query; unknown USCCs are absent. */
    Map<String, String> regionsOf(java.util.Collection<String> usccs) {
        return locations.regionsOf(usccs);
    }

    /** The region of each USCC by position, null where the registry does not know it; one query. */
    String[] regionsAt(List<String> usccs) {
        return locations.regionsAt(usccs);
    }

    /**
     * The whole registry ({@link RegistrySnapshot}), asked on a thread of its own, if a file of about
     * {@code expectedRows} rows names a good part of it; else null (the rows' USCCs are asked instead).
     */
    Future<RegistrySnapshot> snapshotFor(long expectedRows) {
        if (expectedRows < SNAPSHOT_FROM_ROWS || expectedRows * 4 < locations.registeredEstimate()) return null;
        return lookups.submit(() -> {
            long t0 = System.nanoTime();
            EnterpriseLocations.RegisteredCodes codes = locations.registeredInUsccOrder();
            long read = System.nanoTime();
            RegistrySnapshot snapshot = RegistrySnapshot.of(codes);
            if (log.isDebugEnabled()) log.debug("Registry of {} enterprises read alongside in {} ms, hashed in {} ms", snapshot.size(),
                    (read - t0) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            return snapshot;
        });
    }

    /** Below this many rows a file's USCCs are always asked one query (a small file never reads the whole registry). */
    static final int SNAPSHOT_FROM_ROWS = 1000;

    @PreDestroy
    void stop() {
        lookups.shutdownNow();
    }

    String unknownReason(String uscc) {
        return FeedTexts.FEEDS.get("feeds.row.unknownEnterprise", uscc);
    }

    String outsideReason(String regionCode) {
        return FeedTexts.FEEDS.get("feeds.row.enterpriseOutsideScope", regions.name(regionCode));
    }
}
