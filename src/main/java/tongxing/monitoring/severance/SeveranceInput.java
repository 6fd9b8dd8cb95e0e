package tongxing.monitoring.severance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One employee's facts for a severance quote.
 *
 * @param averageMonthlyWage       average monthly wage due over the 12 months before termination (all of pay: time or
 *                                 piece wage, bonuses, allowances, subsidies; fewer months when employed under 12)
 * @param previousMonthWage        last month's wage, for the month in lieu of notice (art. 40); null means the average
 * @param noticeGiven              30 days' written notice given (art. 40 only)
 * @param renewalOfferedAndRefused fixed-term expiry where the employer offered same-or-better terms and the employee refused
 */
public record SeveranceInput(BigDecimal averageMonthlyWage, LocalDate hireDate, LocalDate terminationDate,
                             TerminationType type, String regionCode, BigDecimal previousMonthWage, boolean noticeGiven,
                             boolean renewalOfferedAndRefused) {
}
