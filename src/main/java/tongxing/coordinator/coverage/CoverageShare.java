package tongxing.coordinator.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Enterprises counted, how many of them are covered, and the share in percent with one decimal. */
public record CoverageShare(long enterprises, long covered) {

    static final CoverageShare NONE = new CoverageShare(0, 0);

    public long uncovered() {
        return enterprises - covered;
    }

    /** Null when there is nothing to cover (shown as —, not as 0% or 100%). */
    public BigDecimal percent() {
        if (enterprises == 0) return null;
        return BigDecimal.valueOf(covered * 1000L).divide(BigDecimal.valueOf(enterprises), 0, RoundingMode.HALF_UP)
                .movePointLeft(1).setScale(1, RoundingMode.UNNECESSARY);
    }

    public String percentText() {
        BigDecimal p = percent();
        return p == null ? "—" : p.toPlainString() + "%";
    }

    CoverageShare plus(CoverageShare other) {
        return new CoverageShare(enterprises + other.enterprises, covered + other.covered);
    }
}
