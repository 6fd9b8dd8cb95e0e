package tongxing.wage.guideline;

import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.wageparam.WageParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 低收入职工 (the low-income key group): an employee whose annual pay is below 1.5 × 12 × the
 * monthly minimum wage in force on 31 December of the survey year in the enterprise's city or
 * county. Chosen over "below the P20" because it does not move with the sample, is the same
 * line for every occupation, and follows the local minimum-wage tier (海口、三亚、洋浦 are tier 1).
 */
public final class LowIncomeLine {

    public static final BigDecimal FACTOR = new BigDecimal("1.5");
    public static final String DESCRIPTION = "年工资低于所在市县当年12月31日月最低工资标准×12×1.5";

    private LowIncomeLine() {
    }

    /** The annual line by region code, for every city/county that has a minimum wage on record. */
    public static Map<String, BigDecimal> byRegion(int year, Regions regions, WageParameters parameters) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        LocalDate on = LocalDate.of(year, 12, 31);
        for (Region r : regions.cities()) {
            parameters.minimumMonthlyWage(r.code(), on)
                    .ifPresent(m -> lines.put(r.code(), m.multiply(BigDecimal.valueOf(12)).multiply(FACTOR)));
        }
        return lines;
    }
}
