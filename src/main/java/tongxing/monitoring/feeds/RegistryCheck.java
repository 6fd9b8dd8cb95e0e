package tongxing.monitoring.feeds;

import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry check of a whole month's rows, made row by row as they are written: a row whose
 * enterprise the registry does not know, or that lies outside the loader's scope, is left out and
 * noted with its reason; the others are written with the enterprise's region.
 */
final class RegistryCheck {

    private final FeedChecks checks;
    private final Scope scope;
    private final FeedMonthRows rows;
    private final int[] order;
    private final String[] regions;
    private final Map<String, Boolean> mayWrite = new HashMap<>();
    private final List<FeedLoader.Refused> refused = new ArrayList<>();
    private int unknown;
    private int accepted;

    /**
     * {@code order}: the rows' positions in USCC order, each enterprise once; {@code regions}: the
     * registry's region of each, by position in {@code order} (null: not registered).
     */
    RegistryCheck(FeedChecks checks, Scope scope, FeedMonthRows rows, int[] order, String[] regions) {
        this.checks = checks;
        this.scope = scope;
        this.rows = rows;
        this.order = order;
        this.regions = regions;
    }

    /** Rows to check, in USCC order. */
    int size() {
        return order.length;
    }

    /** The position in the rows of the i-th row in USCC order. */
    int row(int i) {
        return order[i];
    }

    /** The region to write the i-th row (in USCC order) with, or null when the check refuses it (then noted). */
    String regionIfAccepted(int i) {
        String region = regions[i];
        if (region == null) {
            refused.add(new FeedLoader.Refused(order[i], FeedChecks.Kind.UNKNOWN, checks.unknownReason(rows.uscc(order[i]))));
            unknown++;
            return null;
        }
        if (!mayWrite.computeIfAbsent(region, r -> ScopeSql.mayWriteRegion(scope, r))) {
            refused.add(new FeedLoader.Refused(order[i], FeedChecks.Kind.OUTSIDE_SCOPE, checks.outsideReason(region)));
            return null;
        }
        accepted++;
        return region;
    }

    int accepted() {
        return accepted;
    }

    int unknown() {
        return unknown;
    }

    /** The refused rows, in the order of the rows (their lines). */
    List<FeedLoader.Refused> refused() {
        List<FeedLoader.Refused> sorted = new ArrayList<>(refused);
        sorted.sort(Comparator.comparingInt(FeedLoader.Refused::index));
        return sorted;
    }
}
