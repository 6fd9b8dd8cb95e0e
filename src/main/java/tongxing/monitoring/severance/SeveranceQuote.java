package tongxing.monitoring.severance;

import java.math.BigDecimal;
import java.util.List;

/**
 * The amount owed with every step of the computation, as a person would check it by hand.
 *
 * @param severance     the art. 47 amount (doubled for art. 87)
 * @param noticePay     one month's wage in lieu of notice (art. 40), else zero
 * @param total         what the employer owes
 * @param monthsCounted N, after the 12-year limit where the cap applies
 * @param wageUsed      the monthly wage the months are multiplied by
 * @param steps         the computation, step by step, in the language it was computed in
 * @param warnings      what the user must look at (service before 2008, missing parameters)
 */
public record SeveranceQuote(BigDecimal severance, BigDecimal noticePay, BigDecimal total, BigDecimal monthsCounted,
                             BigDecimal wageUsed, boolean capped, List<String> steps, List<String> warnings) {
}
