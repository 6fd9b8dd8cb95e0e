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
    /**
     * Open addressing on the key, two longs a slot: the key's halves (each below 31^9 &lt; 2^45) with the
     * position in the sorted arrays in their top 19 bits (high half, low half); -1 marks a free slot. A
     * probe reads the key and its position from one place instead of three arrays (a cache miss a row
     * instead of three, for 400,000 lines in random order).
     */
    private final long[] table;
    private final int mask;
    private static final int KEY_BITS = 45;
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    private static final int HALF = 64 - KEY_BITS;

    private RegistrySnapshot(long[] hi, long[] lo, String[] regions) {
        this.size = hi.length;
        this.regions = regions;
        int capacity = Integer.highestOneBit(Math.max(4, hi.length * 2 + 1)) << 1;
        this.table = new long[capacity * 2];
        Arrays.fill(table, -1L);
        this.mask = capacity - 1;
        for (int p = 0; p < hi.length; p++) {
            int s = slot(hi[p], lo[p]);
            while (table[2 * s] != -1L) s = (s + 1) & mask;
            table[2 * s] = hi[p] | (long) (p >>> HALF) << KEY_BITS;
            table[2 * s + 1] = lo[p] | (long) (p & ((1 << HALF) - 1)) << KEY_BITS;
        }
    }

    private int slot(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29)) & mask;
    }

    /** The position of a checked USCC's key in USCC order among the registry's codes, or -1 when the registry does not know it. */
    int positionOf(long h, long l) {
        for (int s = slot(h, l); ; s = (s + 1) & mask) {
            long a = table[2 * s];
            if (a == -1L) return -1;
            long b = table[2 * s + 1];
            if ((a & KEY_MASK) == h && (b & KEY_MASK) == l) return (int) ((a >>> KEY_BITS) << HALF | b >>> KEY_BITS);
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
        return size;
    }
}
