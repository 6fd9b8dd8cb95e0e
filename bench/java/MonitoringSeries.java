package tongxing.bench;

import java.util.Random;

/**
 * A synthetic monthly social-insurance series for the program 6 benchmark (not a test): one
 * headcount per employing unit that mostly stays as it was, the way real monthly figures do.
 * <ul>
 *   <li>start: log-normal headcount, median about 13 (most units are small; about 2 in 10,000 employ 1,000 or more);</li>
 *   <li>small units (under 20 insured) move rarely, by one person ({@code smallMove}, default 0.5 % a month);</li>
 *   <li>units of 20-199 move by 1-2 people in 15 % of months, larger ones by up to 1 % in 40 % of months;</li>
 *   <li>{@code cut} of the units (default 0.1 % a month, about 1 % of units a year) cut 15-35 % of their staff;</li>
 *   <li>a unit falls into contribution arrears with 0.1 % a month and settles with 20 % a month, so
 *       about 0.5 % are in arrears at any time, their months of arrears counting up.</li>
 * </ul>
 * So a month flags about 1.3 % of the units (at 40,000 units about 520, at 400,000 about 5,000, most of
 * them by the three-month rule). The rates are system properties ({@code -Dcut=0.01 -DsmallMove=0.01}).
 * Deterministic for a seed.
 */
final class MonitoringSeries {

    private final int[] insured;
    private final int[] arrears;
    private final double cut = Double.parseDouble(System.getProperty("cut", "0.001"));
    private final double smallMove = Double.parseDouble(System.getProperty("smallMove", "0.005"));
    private int month;

    MonitoringSeries(int units, long seed) {
        Random r = new Random(seed);
        insured = new int[units];
        arrears = new int[units];
        for (int i = 0; i < units; i++) insured[i] = 3 + (int) Math.round(Math.exp(2.3 + 1.3 * r.nextGaussian()));
    }

    /** Advances to the next month (the first call gives the first month) and returns {insured, arrears months} per unit. */
    int[][] next() {
        Random r = new Random(31L * month++ + 7);
        int n = insured.length;
        int[][] values = new int[n][];
        for (int i = 0; i < n; i++) {
            int h = insured[i];
            if (month > 1) {
                if (r.nextDouble() < cut) h = Math.max(1, (int) Math.round(h * (0.65 + 0.2 * r.nextDouble())));
                else if (h < 20) h += r.nextDouble() < smallMove ? (r.nextBoolean() ? 1 : -1) : 0;
                else if (h < 200) h += r.nextDouble() < 0.15 ? (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(2)) : 0;
                else h += r.nextDouble() < 0.40 ? (int) Math.round(h * 0.01 * (2 * r.nextDouble() - 1)) : 0;
                insured[i] = Math.max(1, h);
                if (arrears[i] > 0) arrears[i] = r.nextDouble() < 0.20 ? 0 : arrears[i] + 1;
                else if (r.nextDouble() < 0.001) arrears[i] = 1;
            } else if (r.nextDouble() < 0.005) {
                arrears[i] = 1 + r.nextInt(5);
            }
            values[i] = new int[]{insured[i], arrears[i]};
        }
        return values;
    }
}
