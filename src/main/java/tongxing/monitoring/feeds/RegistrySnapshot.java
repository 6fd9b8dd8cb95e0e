package tongxing.monitoring.feeds;

import tongxing.enterprise.EnterpriseLocations;

import java.util.List;

/**
 * The whole registry's region of every USCC, for a whole month's file that names most of it: read
 * in one pass on another thread while the file is read (about 7 MB for 400,000 enterprises, kept
 * as two numbers a USCC, sorted), then walked along the file's sorted USCCs. Against the query of the month's USCCs it
 * spares the database the array of USCCs, its sort and a row sent back per enterprise, and it
 * overlaps the reading of the file instead of following it.
 */
final class RegistrySnapshot {

    private final long[] hi;
    private final long[] lo;
    private final String[] regions;

    private RegistrySnapshot(long[] hi, long[] lo, String[] regions) {
        this.hi = hi;
        this.lo = lo;
        this.regions = regions;
    }

    /** From the registry's USCCs by region; codes outside the USCC alphabet cannot match a checked line and are left out. */
    static RegistrySnapshot of(List<EnterpriseLocations.RegionUsccs> byRegion) {
        int size = 0;
        for (EnterpriseLocations.RegionUsccs r : byRegion) size += (r.usccs().length() + 1) / 19;
        long[] hi = new long[size], lo = new long[size];
        String[] regionOf = new String[size];
        int n = 0;
        for (EnterpriseLocations.RegionUsccs r : byRegion) {
            String codes = r.usccs();
            for (int from = 0; from < codes.length(); ) {
                int comma = codes.indexOf(',', from);
                int end = comma < 0 ? codes.length() : comma;
                if (end - from == 18 && FeedMonthRows.UsccKey.keyable(codes, from)) {
                    hi[n] = FeedMonthRows.UsccKey.part(codes, from);
                    lo[n] = FeedMonthRows.UsccKey.part(codes, from + 9);
                    regionOf[n++] = r.regionCode();
                }
                from = end + 1;
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        if (n > 1) FeedMonthRows.UsccKey.sort(order, hi, lo, 0, n - 1);
        long[] sortedHi = new long[n], sortedLo = new long[n];
        String[] sortedRegions = new String[n];
        for (int i = 0; i < n; i++) {
            sortedHi[i] = hi[order[i]];
            sortedLo[i] = lo[order[i]];
            sortedRegions[i] = regionOf[order[i]];
        }
        return new RegistrySnapshot(sortedHi, sortedLo, sortedRegions);
    }

    int size() {
        return hi.length;
    }

    /**
     * The region of each of {@code usccs} (checked, in ascending order), null where the registry does not
     * know it: one walk along both sorted lists.
     */
    String[] regionsInOrder(List<String> usccs) {
        String[] found = new String[usccs.size()];
        int at = 0;
        for (int i = 0; i < found.length && at < hi.length; i++) {
            String u = usccs.get(i);
            long h = FeedMonthRows.UsccKey.part(u, 0), l = FeedMonthRows.UsccKey.part(u, 9);
            while (at < hi.length && (hi[at] < h || hi[at] == h && lo[at] < l)) at++;
            if (at < hi.length && hi[at] == h && lo[at] == l) found[i] = regions[at];
        }
        return found;
    }
}
