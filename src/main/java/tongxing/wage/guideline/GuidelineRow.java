package tongxing.wage.guideline;

import java.math.BigDecimal;

/** One cell as lists, exports and the API show it. A suppressed row has no values (the table has none). */
public record GuidelineRow(String occupationCode, int occupationLevel, String occupationName, Dimension dimension,
                           String dimValue, int employees, int enterprises, String suppressedReason,
                           BigDecimal p10, BigDecimal p25, BigDecimal p50, BigDecimal p75, BigDecimal p90,
                           BigDecimal mean, BigDecimal yoyP50) {

    public boolean suppressed() {
        return suppressedReason != null;
    }

    /** Name for display: the occupation name when known, else the code. */
    public String displayName() {
        return occupationName != null ? occupationName : occupationCode;
    }

    /** The year-on-year change as a percentage with one decimal, e.g. "+5.2%". */
    public String yoyText() {
        if (yoyP50 == null) return null;
        BigDecimal pct = yoyP50.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
        return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
    }
}
