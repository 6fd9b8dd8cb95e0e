package tongxing.monitoring.severance;

import java.math.BigDecimal;

/**
 * The area's figures in force at termination.
 *
 * @param minimumMonthlyWage  the local monthly minimum wage
 * @param averageMonthlyWage  the average monthly wage of employees in the area for the previous year (the cap base)
 * @param averageWageSource   where that figure comes from, shown with the result
 */
public record SeveranceParameters(BigDecimal minimumMonthlyWage, BigDecimal averageMonthlyWage, String averageWageSource) {
}
