package tongxing.wage.validation;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The employee records must agree with the enterprise form (企业基本情况): one record per employee
 * reported, and the sum of annual pay within the tolerance of the reported total pay (工资总额).
 * A difference exactly at the tolerance passes. The reasons are shown on the return's page, in the user's language.
 */
public record TotalsRule(BigDecimal tolerance) {

    public List<Violation> check(Texts texts, Integer employees, BigDecimal totalPay, int recordCount, BigDecimal recordPay) {
        List<Violation> v = new ArrayList<>();
        if (employees == null || totalPay == null) {
            v.add(new Violation("form", texts.get("wage.return.problem.formMissing")));
            return v;
        }
        if (recordCount == 0) {
            v.add(new Violation("records", texts.get("wage.return.problem.noRecords")));
            return v;
        }
        if (recordCount != employees) {
            v.add(new Violation("employees", texts.get("wage.return.problem.count", recordCount, employees)));
        }
        BigDecimal diff = recordPay.subtract(totalPay).abs();
        BigDecimal allowed = totalPay.multiply(tolerance);
        if (diff.compareTo(allowed) > 0) {
            String share = totalPay.signum() == 0 ? "—"
                    : diff.multiply(BigDecimal.valueOf(100)).divide(totalPay, 1, RoundingMode.HALF_UP).toPlainString() + "%";
            v.add(new Violation("totalPay", texts.get("wage.return.problem.pay", recordPay.toPlainString(), totalPay.toPlainString(),
                    share, tolerance.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString())));
        }
        return v;
    }
}
