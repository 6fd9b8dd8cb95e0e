package tongxing.wage.guideline;

import java.math.BigDecimal;

/**
 * The figures of one cell as computed from the survey, before suppression. Percentiles are of
 * annual pay in yuan, {@code percentile_cont}: linear interpolation between order statistics,
 * Hyndman–Fan type 7 (the value at rank 1 + p·(n − 1) of the sorted pays).
 */
public record CellStatistics(String occupationCode, Dimension dimension, String dimValue,
                             int employees, int enterprises, int largestEmployees,
                             BigDecimal p10, BigDecimal p25, BigDecimal p50, BigDecimal p75, BigDecimal p90,
                             BigDecimal mean) {

    /** 0 for all occupations, 1 大类, 2 中类, 3 小类, 4 细类: the number of parts of the code. */
    public int occupationLevel() {
        return OccupationCodes.level(occupationCode);
    }
}
