package tongxing.wage.guideline;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every guideline cell of a year from its records in pay order ({@link YearRecords}), without
 * sorting any cell: per dimension, a stable counting sort groups the records by value; per level
 * of the occupation code, a second one groups them by occupation within that. Stability keeps
 * the pay order, so each cell's records come out as a run already sorted by pay and its
 * percentiles are read at their ranks. Two passes over the records per (dimension, level), and
 * memory for three integers per record.
 *
 * <p>Percentiles are {@code percentile_cont}'s (Hyndman–Fan type 7): at h = p·(n − 1), counted
 * from 0, x⌊h⌋ + (h − ⌊h⌋)·(x⌈h⌉ − x⌊h⌋). They are computed exactly, in whole fen with p as a
 * fraction (1/10, 1/4, 1/2, 3/4, 9/10), then rounded half up to the fen; the mean too. PostgreSQL's
 * and DuckDB's doubles carry rounding noise of about 1e-11 yuan, which decides their fen only when
 * the exact value ends in half a fen (x.xx5): there the two already disagree with each other, and
 * this gives the value the public page documents.
 */
final class CellGrouping {

    /** P10, P25, P50, P75, P90 as fractions {numerator, denominator}. */
    private static final int[][] PERCENTILES = {{1, 10}, {1, 4}, {1, 2}, {3, 4}, {9, 10}};

    private final YearRecords records;
    private final List<String> occupations = new ArrayList<>();
    /** prefixOf[level][code number]: number of the code's ancestor at the level, or -1 when the code is shorter. */
    private final int[][] prefixOf;
    private final int[] value;
    private final int[] byValue;
    private final int[] byCell;
    private final int[] perEnterprise;
    private final int[] touched;

    CellGrouping(YearRecords records) {
        this.records = records;
        this.prefixOf = occupationLevels(records.occupationCodes);
        int n = records.size;
        this.value = new int[n];
        this.byValue = new int[n];
        this.byCell = new int[n];
        this.perEnterprise = new int[records.enterprises];
        this.touched = new int[records.enterprises];
    }

    void forEachCell(Consumer<CellStatistics> sink) {
        for (Dimension d : Dimension.values()) {
            records.valueNumbers(d, value);
            List<String> values = records.values(d);
            int withValue = groupByValue(values.size());
            emitRuns(byValue, withValue, null, OccupationCodes.ALL, d, values, sink);
            for (int level = 1; level < prefixOf.length; level++) {
                int[] prefix = prefixOf[level];
                int inLevel = groupByOccupation(withValue, prefix);
                emitRuns(byCell, inLevel, prefix, null, d, values, sink);
            }
        }
    }

    /** byValue := the records that have a value, grouped by value, in pay order within each; returns their number. */
    private int groupByValue(int values) {
        int[] start = new int[values + 1];
        int n = records.size;
        for (int i = 0; i < n; i++) start[value[i] + 1]++;   // -1 (no value) counts in start[0]
        int skipped = start[0];
        int sum = 0;
        for (int v = 0; v <= values; v++) {
            int c = start[v];
            start[v] = sum - skipped;
            sum += c;
        }
        for (int i = 0; i < n; i++) {
            int v = value[i];
            if (v >= 0) byValue[start[v + 1]++] = i;
        }
        return n - skipped;
    }

    /** byCell := byValue's records that have an ancestor at this level, grouped by it, stably; returns their number. */
    private int groupByOccupation(int withValue, int[] prefix) {
        int[] occupation = records.occupation;
        int[] start = new int[occupations.size() + 1];
        for (int k = 0; k < withValue; k++) start[prefix[occupation[byValue[k]]] + 1]++;
        int skipped = start[0];
        int sum = 0;
        for (int p = 0; p < start.length; p++) {
            int c = start[p];
            start[p] = sum - skipped;
            sum += c;
        }
        for (int k = 0; k < withValue; k++) {
            int row = byValue[k];
            int p = prefix[occupation[row]];
            if (p >= 0) byCell[start[p + 1]++] = row;
        }
        return withValue - skipped;
    }

    /** One cell per run of records with the same occupation ancestor (or all occupations) and value. */
    private void emitRuns(int[] rows, int length, int[] prefix, String allOccupations, Dimension d, List<String> values,
                          Consumer<CellStatistics> sink) {
        int[] occupation = records.occupation;
        int from = 0;
        while (from < length) {
            int v = value[rows[from]];
            int p = prefix == null ? -1 : prefix[occupation[rows[from]]];
            int to = from + 1;
            while (to < length && value[rows[to]] == v && (prefix == null || prefix[occupation[rows[to]]] == p)) to++;
            String code = prefix == null ? allOccupations : occupations.get(p);
            sink.accept(cell(rows, from, to, code, d, values.get(v)));
            from = to;
        }
    }

    private CellStatistics cell(int[] rows, int from, int to, String code, Dimension d, String dimValue) {
        long[] fen = records.fen;
        int[] enterprise = records.enterprise;
        long sum = 0;
        boolean overflow = false;
        int enterprises = 0;
        int largest = 0;
        for (int k = from; k < to; k++) {
            int row = rows[k];
            if (!overflow) {
                long s = sum + fen[row];
                overflow = ((sum ^ s) & (fen[row] ^ s)) < 0;
                sum = s;
            }
            int e = enterprise[row];
            int c = ++perEnterprise[e];
            if (c == 1) touched[enterprises++] = e;
            if (c > largest) largest = c;
        }
        for (int t = 0; t < enterprises; t++) perEnterprise[touched[t]] = 0;
        int n = to - from;
        BigDecimal total = overflow ? exactSum(rows, from, to) : BigDecimal.valueOf(sum, 2);
        BigDecimal mean = total.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        BigDecimal[] p = new BigDecimal[PERCENTILES.length];
        for (int i = 0; i < p.length; i++) p[i] = percentile(rows, from, n, PERCENTILES[i][0], PERCENTILES[i][1]);
        return new CellStatistics(code, d, dimValue, n, enterprises, largest, p[0], p[1], p[2], p[3], p[4], mean);
    }

    /** The a/b-th percentile of the run, exactly, rounded half up to the fen (pays are never negative). */
    private BigDecimal percentile(int[] rows, int from, int n, int a, int b) {
        long rank = (long) a * (n - 1);                      // h = rank / b
        int first = from + (int) (rank / b);
        long part = rank % b;                                // h - floor(h) = part / b
        long lo = records.fen[rows[first]];
        long scaled = part == 0 ? lo * b : lo * b + (records.fen[rows[first + 1]] - lo) * part;   // value × b, in fen
        return BigDecimal.valueOf(Math.floorDiv(2 * scaled + b, 2L * b), 2);
    }

    private BigDecimal exactSum(int[] rows, int from, int to) {
        BigInteger sum = BigInteger.ZERO;
        for (int k = from; k < to; k++) sum = sum.add(BigInteger.valueOf(records.fen[rows[k]]));
        return new BigDecimal(sum, 2);
    }

    /**
     * The ancestors of each code by level, numbered: "6-02-03-04" has "6", "6-02", "6-02-03" and
     * itself at levels 1 to 4. Cut at each '-', as PostgreSQL's string_to_array did; an empty code
     * has only "all occupations".
     */
    private int[][] occupationLevels(List<String> codes) {
        YearRecords.Numbering numbering = new YearRecords.Numbering();
        List<int[]> byLevel = new ArrayList<>();
        byLevel.add(new int[codes.size()]);   // level 0: all occupations, not numbered here
        for (int c = 0; c < codes.size(); c++) {
            String code = codes.get(c);
            if (code.isEmpty()) continue;
            int level = 0;
            int cut = -1;
            do {
                cut = code.indexOf('-', cut + 1);
                String ancestor = cut < 0 ? code : code.substring(0, cut);
                level++;
                if (byLevel.size() <= level) {
                    int[] none = new int[codes.size()];
                    Arrays.fill(none, -1);
                    byLevel.add(none);
                }
                byLevel.get(level)[c] = numbering.number(ancestor);
            } while (cut >= 0);
        }
        occupations.addAll(numbering.values);
        return byLevel.toArray(int[][]::new);
    }
}
