package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Computes every guideline cell of a survey year from the employee records of the ACCEPTED
 * enterprises: each record counts for "all occupations" and for every level of its occupation
 * code, crossed with each {@link Dimension}.
 *
 * <p>Percentile definition (documented on the public page too): {@code percentile_cont}, linear
 * interpolation between order statistics, Hyndman–Fan type 7: for n sorted pays x₁ ≤ … ≤ xₙ the
 * p-th percentile is x at rank h = 1 + p·(n − 1), interpolating between x⌊h⌋ and x⌈h⌉. This is
 * PostgreSQL's {@code percentile_cont}, DuckDB's {@code quantile_cont}, numpy's default and Excel's
 * PERCENTILE.INC. Results are computed exactly and rounded to the fen (0.01 yuan), half up.
 *
 * <p>The records are read once (one streamed query of the few columns needed, {@link YearRecords})
 * and the cells computed in memory ({@link CellGrouping}): PostgreSQL sorting the expanded rows once
 * per grouping set took minutes for a million records (bench 7 in {@code bench/README.md}).
 */
@Component
public class GuidelineComputation {

    private final JdbcClient jdbc;

    /** Public for the benchmark, which runs the application's computation on its own connection. */
    public GuidelineComputation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an edition was computed from: the records read and the year's accepted enterprises. */
    public record Totals(int records, int enterprises) {
    }

    /**
     * Calls the sink with every cell of the year (suppressed or not); the caller decides what to
     * keep. Run it in a transaction: the records are streamed with a fetch size. All records are
     * read before the first cell is given to the sink, so the sink may use the same connection
     * (a COPY, for instance).
     *
     * @param lowIncomeLines the annual low-income line by region code ({@link LowIncomeLine})
     */
    public Totals compute(int year, Map<String, BigDecimal> lowIncomeLines, Consumer<CellStatistics> sink) {
        YearRecords records = YearRecords.read(jdbc, year, lowIncomeLines);
        new CellGrouping(records).forEachCell(sink);
        return new Totals(records.size, records.enterprises);
    }
}
