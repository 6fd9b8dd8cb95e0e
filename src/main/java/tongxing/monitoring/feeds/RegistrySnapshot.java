package tongxing.monitoring.feeds;

import tongxing.enterprise.EnterpriseLocations;

import java.util.List;

/**
 * The whole registry's region of every USCC, for a whole month's file that names most of it: read
 * in one pass on another thread while the file is read (about 7 MB for 400,000 enterprises, kept
 * as two numbers a USCC), then asked by binary search. Against the query of the month's USCCs it
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

    /** The region of a checked USCC, null if the registry does not know it. */
    String regionOf(String uscc) {
        long h = FeedMonthRows.UsccKey.part(uscc, 0), l = FeedMonthRows.UsccKey.part(uscc, 9);
        int low = 0, high = hi.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = hi[mid] != h ? Long.compare(hi[mid], h) : Long.compare(lo[mid], l);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return regions[mid];
        }
        return null;
    }
}
