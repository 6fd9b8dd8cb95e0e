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

    private final long[] hi;
    private final long[] lo;
    private final String[] regions;
    /** Open addressing on the key: 1 + the position in the sorted arrays, 0 for a free slot. */
    private final int[] slots;
    private final int mask;

    private RegistrySnapshot(long[] hi, long[] lo, String[] regions) {
        this.hi = hi;
        this.lo = lo;
        this.regions = regions;
        int capacity = Integer.highestOneBit(Math.max(4, hi.length * 2 + 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int p = 0; p < hi.length; p++) {
            int s = slot(hi[p], lo[p]);
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = p + 1;
        }
    }

    private int slot(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29)) & mask;
    }

    /** The position of a checked USCC's key in USCC order among the registry's codes, or -1 when the registry does not know it. */
    int positionOf(long h, long l) {
        for (int s = slot(h, l); ; s = (s + 1) & mask) {
            int p = slots[s] - 1;
            if (p < 0) return -1;
            if (hi[p] == h && lo[p] == l) return p;
        }
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
        return hi.length;
    }
}
