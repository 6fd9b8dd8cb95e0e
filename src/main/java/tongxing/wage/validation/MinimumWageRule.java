package tongxing.wage.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 最低工资: a record's annual pay, overtime pay excluded (最低工资规定 第十二条: 延长工作时间工资 is not
 * part of the minimum wage), may not be below the area's monthly minimum wage × 12, pro-rated by the
 * hours worked against full-time hours (2,000 h a year by default), capped at full time. A blank
 * hours cell counts as full time. Exactly at the threshold passes.
 *
 * <p>The monthly minimum used is the one in force on 1 January of the survey year: minimum wages
 * only rise, so a raise during the year never turns a lawful payment into an error.
 *
 * @param monthlyMinimum the area's monthly minimum wage, yuan
 * @param fullTimeHours  standard annual hours
 */
public record MinimumWageRule(BigDecimal monthlyMinimum, int fullTimeHours) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** The least lawful annual pay (overtime excluded) for the hours, rounded to the fen. */
    public BigDecimal threshold(Integer annualHours) {
        int hours = annualHours == null ? fullTimeHours : Math.min(annualHours, fullTimeHours);
        return monthlyMinimum.multiply(TWELVE).multiply(BigDecimal.valueOf(hours))
                .divide(BigDecimal.valueOf(fullTimeHours), 2, RoundingMode.HALF_UP);
    }

    /** Why the pay is unlawfully low, or empty. */
    public Optional<String> check(BigDecimal payWithoutOvertime, Integer annualHours) {
        BigDecimal t = threshold(annualHours);
        if (payWithoutOvertime.compareTo(t) >= 0) return Optional.empty();
        int hours = annualHours == null ? fullTimeHours : Math.min(annualHours, fullTimeHours);
        return Optional.of("年工资（不含加班工资）" + payWithoutOvertime.toPlainString() + " 元低于最低工资标准折算的 "
                + t.toPlainString() + " 元（月最低工资 " + monthlyMinimum.stripTrailingZeros().toPlainString() + " 元 × 12 × "
                + hours + "/" + fullTimeHours + " 小时）");
    }
}
