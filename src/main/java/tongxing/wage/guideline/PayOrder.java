package tongxing.wage.guideline;

import java.util.Arrays;

/**
 * The order of records by ascending pay: a least-significant-digit radix sort on 16-bit digits,
 * stable, in linear time and without boxing. Digits that every key shares (the high ones, for
 * pays in fen) cost one counting pass and no move.
 */
final class PayOrder {

    private static final int BITS = 16;
    private static final int MASK = (1 << BITS) - 1;

    private PayOrder() {
    }

    /** The indexes 0..size-1 ordered by their key, ascending; equal keys keep their order. */
    static int[] ascending(long[] keys, int size) {
        int[] order = new int[size];
        long[] sortKeys = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
            sortKeys[i] = keys[i] ^ Long.MIN_VALUE;   // signed order as unsigned digits
        }
        int[] nextOrder = new int[size];
        long[] nextKeys = new long[size];
        int[] start = new int[1 << BITS];
        for (int shift = 0; shift < Long.SIZE && size > 1; shift += BITS) {
            Arrays.fill(start, 0);
            for (int i = 0; i < size; i++) start[(int) (sortKeys[i] >>> shift) & MASK]++;
            if (start[(int) (sortKeys[0] >>> shift) & MASK] == size) continue;
            int sum = 0;
            for (int d = 0; d < start.length; d++) {
                int c = start[d];
                start[d] = sum;
                sum += c;
            }
            for (int i = 0; i < size; i++) {
                int at = start[(int) (sortKeys[i] >>> shift) & MASK]++;
                nextOrder[at] = order[i];
                nextKeys[at] = sortKeys[i];
            }
            int[] o = order;
            order = nextOrder;
            nextOrder = o;
            long[] k = sortKeys;
            sortKeys = nextKeys;
            nextKeys = k;
        }
        return order;
    }
}
