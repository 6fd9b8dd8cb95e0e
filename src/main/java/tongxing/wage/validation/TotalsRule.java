package tongxing.wage.validation;

import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The employee records must agree with the enterprise form (企业基本情况): one record per employee
 * reported, and the sum of annual pay within the tolerance of the reported total pay (工资总额).
 * A difference exactly at the tolerance passes.
 */
public record TotalsRule(BigDecimal tolerance) {

    public List<Violation> check(Integer employees, BigDecimal totalPay, int recordCount, BigDecimal recordPay) {
        List<Violation> v = new ArrayList<>();
        if (employees == null || totalPay == null) {
            v.add(new Violation("form", "请先填写企业基本情况中的从业人员数和工资总额"));
            return v;
        }
        if (recordCount == 0) {
            v.add(new Violation("records", "尚未上传职工薪酬明细"));
            return v;
        }
        if (recordCount != employees) {
            v.add(new Violation("employees", "职工薪酬明细 " + recordCount + " 条，与企业基本情况中的从业人员 " + employees + " 人不一致"));
        }
        BigDecimal diff = recordPay.subtract(totalPay).abs();
        BigDecimal allowed = totalPay.multiply(tolerance);
        if (diff.compareTo(allowed) > 0) {
            String share = totalPay.signum() == 0 ? "—"
                    : diff.multiply(BigDecimal.valueOf(100)).divide(totalPay, 1, RoundingMode.HALF_UP).toPlainString() + "%";
            v.add(new Violation("totalPay", "职工年工资合计 " + recordPay.toPlainString() + " 元与工资总额 "
                    + totalPay.toPlainString() + " 元相差 " + share + "，超过允许的 "
                    + tolerance.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%"));
        }
        return v;
    }
}
