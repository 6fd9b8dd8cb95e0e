package tongxing.platform.sizeclass;

import java.math.BigDecimal;

/**
 * The minimums of one tier in one industry group; null where the rule does not use a figure.
 * Employees count people, revenue and assets are in 万元 (10,000 yuan).
 */
public record SizeThreshold(SizeClass sizeClass, Integer minEmployees, BigDecimal minRevenue, BigDecimal minAssets) {

    /** TRUE: every minimum is met. FALSE: some known figure is below its minimum. null: cannot tell. */
    Boolean metBy(Integer employees, BigDecimal revenue, BigDecimal assets) {
        Boolean e = check(minEmployees == null ? null : BigDecimal.valueOf(minEmployees),
                employees == null ? null : BigDecimal.valueOf(employees));
        Boolean r = check(minRevenue, revenue);
        Boolean a = check(minAssets, assets);
        if (Boolean.FALSE.equals(e) || Boolean.FALSE.equals(r) || Boolean.FALSE.equals(a)) return false;
        if (e == null || r == null || a == null) return null;
        return true;
    }

    private static Boolean check(BigDecimal min, BigDecimal value) {
        if (min == null) return true;
        if (value == null) return null;
        return value.compareTo(min) >= 0;
    }
}
