package tongxing.wage.validation;

/**
 * Median and scaled MAD (1.4826 × median absolute deviation) of sorted values, computed as
 * PostgreSQL's {@code percentile_cont(0.5)} does (linear interpolation between the two middle
 * values: {@code a + (b − a) × fraction}), so that a check in Java gives the same limits as the
 * same rule written in SQL.
 *
 * @param n         how many values
 * @param median    the median
 * @param scaledMad 1.4826 × the median of |x − median|
 */
public record RobustSpread(int n, double median, double scaledMad) {

    static final double MAD_SCALE = 1.4826;

    /** @param sorted values in ascending order (not changed) */
    public static RobustSpread of(double[] sorted) {
        int n = sorted.length;
        if (n == 0) return new RobustSpread(0, Double.NaN, Double.NaN);
        double m = percentileCont(sorted, n);
        // the distances |x − m| in ascending order come from walking outwards from the median
        int right = lowerBound(sorted, m);
        int left = right - 1;
        double[] nearest = new double[n / 2 + 1];
        for (int i = 0; i < nearest.length; i++) {
            double dl = left >= 0 ? Math.abs(sorted[left] - m) : Double.POSITIVE_INFINITY;
            double dr = right < n ? Math.abs(sorted[right] - m) : Double.POSITIVE_INFINITY;
            if (dl <= dr) {
                nearest[i] = dl;
                left--;
            } else {
                nearest[i] = dr;
                right++;
            }
        }
        return new RobustSpread(n, m, MAD_SCALE * percentileCont(nearest, n));
    }

    /** percentile_cont(0.5) of the first values of {@code ascending}, out of n values in all. */
    private static double percentileCont(double[] ascending, int n) {
        double row = 0.5 * (n - 1);
        int first = (int) Math.floor(row);
        int second = (int) Math.ceil(row);
        if (first == second) return ascending[first];
        double a = ascending[first];
        double b = ascending[second];
        return a + (row - first) * (b - a);
    }

    /** The first index whose value is ≥ v. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The sorted union of {@code stored} without {@code removed} (each value once per occurrence)
     * and {@code added}; all three ascending. A removed value absent from stored is ignored.
     */
    public static double[] combine(double[] stored, double[] removed, double[] added) {
        double[] out = new double[stored.length + added.length];
        int i = 0, r = 0, a = 0, o = 0;
        while (i < stored.length || a < added.length) {
            if (i < stored.length) {
                while (r < removed.length && removed[r] < stored[i]) r++;
                if (r < removed.length && removed[r] == stored[i]) {
                    r++;
                    i++;
                    continue;
                }
            }
            if (a >= added.length || (i < stored.length && stored[i] <= added[a])) out[o++] = stored[i++];
            else out[o++] = added[a++];
        }
        return o == out.length ? out : java.util.Arrays.copyOf(out, o);
    }
}
