package tongxing.monitoring.feeds;

import java.util.Arrays;

/**
 * A hash table from USCC keys ({@link FeedMonthRows.UsccKey}: two numbers below 31^9 &lt; 2^45) to
 * positions, for hundreds of thousands of codes: open addressing, two longs a slot holding the
 * key's halves with the position in their top 19 bits (high half, low half); -1 marks a free slot.
 * A probe reads the key and its position from one place (one cache miss a lookup).
 */
final class UsccKeyIndex {

    private static final int KEY_BITS = 45;
    private static final long KEY_MASK = (1L << KEY_BITS) - 1;
    private static final int HALF = 64 - KEY_BITS;

    private final long[] table;
    private final int mask;

    /** Room for {@code expected} keys at a load of at most one half. */
    UsccKeyIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 + 1)) << 1;
        this.table = new long[capacity * 2];
        Arrays.fill(table, -1L);
        this.mask = capacity - 1;
    }

    /** Adds a key that is not in the table yet, with its position (0 or more). */
    void put(long hi, long lo, int position) {
        int s = slot(hi, lo);
        while (table[2 * s] != -1L) s = (s + 1) & mask;
        table[2 * s] = hi | (long) (position >>> HALF) << KEY_BITS;
        table[2 * s + 1] = lo | (long) (position & ((1 << HALF) - 1)) << KEY_BITS;
    }

    /** The position put with the key, or -1 when it is not in the table. */
    int get(long hi, long lo) {
        for (int s = slot(hi, lo); ; s = (s + 1) & mask) {
            long a = table[2 * s];
            if (a == -1L) return -1;
            long b = table[2 * s + 1];
            if ((a & KEY_MASK) == hi && (b & KEY_MASK) == lo) return (int) ((a >>> KEY_BITS) << HALF | b >>> KEY_BITS);
        }
    }

    private int slot(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return (int) (x ^ (x >>> 29)) & mask;
    }
}
