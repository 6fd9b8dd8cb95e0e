package tongxing.monitoring.feeds;

import java.util.Arrays;

/**
 * The good lines of a month sent at once, column by column (hundreds of thousands of rows
 * without an object each): the USCC, the feed's numbers side by side in one array, and the line
 * the row came from, and each USCC's key ({@link UsccKey}: two numbers), taken as the row is added,
 * while its characters are at hand. {@link #orderByUscc()} sorts positions by those keys.
 */
final class FeedMonthRows {

    private final int width;
    private String[] usccs;
    private long[] hi;
    private long[] lo;
    private int[] values;
    private int[] lines;
    private int size;

    FeedMonthRows(int width) {
        this(width, 1024);
    }

    /** Room for {@code expected} rows from the start (a month's file of known length): no copying as it grows. */
    FeedMonthRows(int width, int expected) {
        int capacity = Math.max(16, expected);
        this.width = width;
        this.usccs = new String[capacity];
        this.hi = new long[capacity];
        this.lo = new long[capacity];
        this.lines = new int[capacity];
        this.values = new int[capacity * width];
    }

    /** A row whose USCC has been checked ({@link UsccKey#valid}). */
    void add(String uscc, int[] rowValues, int line) {
        if (size == usccs.length) {
            usccs = Arrays.copyOf(usccs, size * 2);
            hi = Arrays.copyOf(hi, size * 2);
            lo = Arrays.copyOf(lo, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            values = Arrays.copyOf(values, size * 2 * width);
        }
        usccs[size] = uscc;
        hi[size] = UsccKey.part(uscc, 0);
        lo[size] = UsccKey.part(uscc, 9);
        lines[size] = line;
        System.arraycopy(rowValues, 0, values, size * width, width);
        size++;
    }

    int size() {
        return size;
    }

    int width() {
        return width;
    }

    String uscc(int row) {
        return usccs[row];
    }

    /** The first nine characters of the row's USCC as a number ({@link UsccKey#part}). */
    long keyHigh(int row) {
        return hi[row];
    }

    /** The last nine characters of the row's USCC as a number. */
    long keyLow(int row) {
        return lo[row];
    }

    int line(int row) {
        return lines[row];
    }

    int value(int row, int measure) {
        return values[row * width + measure];
    }

    int[] values(int row) {
        return Arrays.copyOfRange(values, row * width, row * width + width);
    }

    /** Positions 0..size-1 ordered by USCC (as {@link String#compareTo}); every USCC must be valid (checked). */
    int[] orderByUscc() {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) order[i] = i;
        UsccKey.sort(order, hi, lo, 0, size - 1);
        return order;
    }

    /** A valid USCC as two numbers in base 31, nine characters each, ordered as the strings are. */
    static final class UsccKey {
        private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] DIGIT = new int[128];

        static {
            Arrays.fill(DIGIT, -1);
            for (int i = 0; i < CHARSET.length(); i++) DIGIT[CHARSET.charAt(i)] = i;
        }

        private UsccKey() {
        }

        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        /**
         * The fast form of "{@link tongxing.platform.identity.Uscc#problem} finds nothing": 18 characters of
         * the code's alphabet with the right check character (a table instead of a search per character).
         */
        static boolean valid(String uscc) {
            if (uscc == null || uscc.length() != 18) return false;
            int sum = 0;
            for (int i = 0; i < 18; i++) {
                char c = uscc.charAt(i);
                int d = c < 128 ? DIGIT[c] : -1;
                if (d < 0) return false;
                if (i < 17) sum += d * WEIGHTS[i];
                else return d == (31 - sum % 31) % 31;
            }
            return false;
        }

        static long part(String uscc, int from) {
            long k = 0;
            for (int i = from; i < from + 9; i++) {
                char c = uscc.charAt(i);
                int d = c < 128 ? DIGIT[c] : -1;
                if (d < 0) throw new IllegalArgumentException("not a checked USCC: " + uscc);
                k = k * 31 + d;
            }
            return k;
        }

        /** The nine bytes of {@code code} from {@code from} as a number in base 31, or -1 when one is not of the code's alphabet. */
        static long part(byte[] code, int from) {
            long k = 0;
            for (int i = from; i < from + 9; i++) {
                int c = code[i];
                int d = c >= 0 ? DIGIT[c] : -1;
                if (d < 0) return -1;
                k = k * 31 + d;
            }
            return k;
        }

        private static int compare(int a, int b, long[] hi, long[] lo) {
            int c = Long.compare(hi[a], hi[b]);
            return c != 0 ? c : Long.compare(lo[a], lo[b]);
        }

        /** Quicksort of positions by key (median of three, insertion sort for short runs); ties in any order. */
        static void sort(int[] order, long[] hi, long[] lo, int from, int to) {
            while (to - from > 16) {
                int mid = (from + to) >>> 1;
                if (compare(order[mid], order[from], hi, lo) < 0) swap(order, mid, from);
                if (compare(order[to], order[from], hi, lo) < 0) swap(order, to, from);
                if (compare(order[to], order[mid], hi, lo) < 0) swap(order, to, mid);
                int pivot = order[mid];
                int i = from, j = to;
                while (i <= j) {
                    while (compare(order[i], pivot, hi, lo) < 0) i++;
                    while (compare(order[j], pivot, hi, lo) > 0) j--;
                    if (i <= j) swap(order, i++, j--);
                }
                if (j - from < to - i) {
                    sort(order, hi, lo, from, j);
                    from = i;
                } else {
                    sort(order, hi, lo, i, to);
                    to = j;
                }
            }
            for (int i = from + 1; i <= to; i++) {
                int x = order[i], j = i - 1;
                while (j >= from && compare(order[j], x, hi, lo) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
        }

        private static void swap(int[] a, int i, int j) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
