package tongxing.monitoring.layoffplan;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the platform concludes about a plan: the threshold finding, every rule's findings, each
 * employee's severance, the total against the funds (支付能力评估).
 */
public record LayoffAssessment(int cut, int workforce, boolean procedureRequired, String thresholdFinding,
                               List<Finding> findings, List<EmployeeSeverance> severance, BigDecimal total,
                               BigDecimal funds) {

    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    public BigDecimal shortfall() {
        if (funds == null) return null;
        BigDecimal gap = total.subtract(funds);
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }

    public boolean fundsSufficient() {
        return funds != null && total.compareTo(funds) <= 0;
    }

    /** 支付能力评估 in words, for the ledger and the opinion. */
    public String abilityToPay() {
        return abilityToPay(total, funds);
    }

    /** 支付能力评估 of a severance total against the funds the enterprise reported. */
    static String abilityToPay(BigDecimal total, BigDecimal funds) {
        if (funds == null) return "未填报可用资金，无法评估";
        if (total.compareTo(funds) <= 0)
            return "资金充足（需 " + LayoffRules.money(total) + " 元，可用 " + LayoffRules.money(funds) + " 元）";
        return "资金缺口 " + LayoffRules.money(total.subtract(funds)) + " 元（需 " + LayoffRules.money(total) + " 元，可用 "
                + LayoffRules.money(funds) + " 元）";
    }

    public long pre2008Count() {
        return severance.stream().filter(EmployeeSeverance::pre2008).count();
    }
}
