package tongxing.coordinator.coverage;

import java.util.Arrays;

/**
 * 平均分配: how many of {@code n} new enterprises each coordinator gets so that the loads end up as even
 * as they can be. The result is the one of handing them out one at a time to whoever covers the fewest
 * so far (ties to the first in the given order): everyone below a level T is filled up to T, and the
 * few left over raise the first coordinators standing at T by one each.
 */
final class EvenShares {

    private EvenShares() {
    }

    /**
     * @param loads how many enterprises each coordinator covers now, in the order that breaks ties
     * @param n     how many enterprises to hand out
     * @return how many each coordinator gets, in the same order; they add up to n
     */
    static int[] of(long[] loads, int n) {
        if (n < 0) throw new IllegalArgumentException("n must not be negative");
        int[] shares = new int[loads.length];
        if (n == 0) return shares;
        if (loads.length == 0) throw new IllegalArgumentException("nobody to hand out to");
        // The highest level T that n enterprises fill everyone up to: below(T) <= n < below(T + 1).
        long low = Arrays.stream(loads).min().orElseThrow(), high = Arrays.stream(loads).max().orElseThrow() + n;
        while (low < high) {
            long mid = low + (high - low + 1) / 2;
            if (below(loads, mid) <= n) low = mid;
            else high = mid - 1;
        }
        long level = low, left = n - below(loads, level);
        for (int i = 0; i < loads.length; i++) {
            long share = Math.max(0, level - loads[i]);
            if (left > 0 && loads[i] <= level) {
                share++;
                left--;
            }
            shares[i] = (int) share;
        }
        return shares;
    }

    /** How many enterprises it takes to bring everyone below {@code level} up to it. */
    private static long below(long[] loads, long level) {
        long sum = 0;
        for (long l : loads) sum += Math.max(0, level - l);
        return sum;
    }
}
