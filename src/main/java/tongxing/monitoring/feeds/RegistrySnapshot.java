package tongxing.monitoring.feeds;

import tongxing.enterprise.EnterpriseLocations;

import java.util.Arrays;

/**
 * The whole registry's region of every USCC, for a whole month's file that names most of it: read
 * in USCC order on another thread while the file is read (about 7 MB for 400,000 enterprises, kept
 * as two numbers a USCC, sorted, with a hash table on them), then each line's USCC looked up
 * ({@link RegisteredOrder}). Against the query of the month's USCCs it
 * spares the database the array of USCCs, its sort and a row sent back per enterprise, and it
 * overlaps the reading of the file instead of following it.
 */
final class RegistrySnapshot {

    private final int size;
    private final String[] regions;
    private final UsccKeyIndex index;

    private RegistrySnapshot(long[] hi, long[] lo, String[] regions) {
        this.size = hi.length;
        this.regions = regions;
        this.index = new UsccKeyIndex(hi.length);
        for (int p = 0; p < hi.length; p++) index.put(hi[p], lo[p], p);
    }

    /** The position of a checked USCC's key in USCC order among the registry's codes, or -1 when the registry does not know it. */
    int positionOf(long h, long l) {
        return index.get(h, l);
    }

    /** The region of the enterprise at a position of {@link #positionOf}. */
    String region(int position) {
        return regions[position];
    }

    /**
     * From the registry's codes in USCC order; codes outside the USCC alphabet cannot match a checked line and are
     * left out. Codes read in another order (a database whose collation does not order them as bytes) are sorted.
     */
    static RegistrySnapshot of(EnterpriseLocations.RegisteredCodes registered) {
        int size = registered.size();
        byte[] codes = registered.usccs();
        String[] names = registered.regions().toArray(String[]::new);
        long[] hi = new long[size], lo = new long[size];
        String[] regionOf = new String[size];
        int n = 0;
        boolean ascending = true;
        for (int i = 0; i < size; i++) {
            int from = i * 18;
            long h = FeedMonthRows.UsccKey.part(codes, from), l = h < 0 ? -1 : FeedMonthRows.UsccKey.part(codes, from + 9);
            if (h < 0 || l < 0) continue;
            if (n > 0 && (hi[n - 1] > h || hi[n - 1] == h && lo[n - 1] > l)) ascending = false;
            hi[n] = h;
            lo[n] = l;
            regionOf[n++] = names[registered.regionOf()[i]];
        }
        if (ascending) return new RegistrySnapshot(Arrays.copyOf(hi, n), Arrays.copyOf(lo, n), Arrays.copyOf(regionOf, n));
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
        return size;
    }
}
