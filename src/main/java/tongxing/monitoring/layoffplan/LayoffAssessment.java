package tongxing.monitoring.layoffplan;

import tongxing.platform.i18n.Texts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the platform concludes about a plan: the threshold finding, every rule's findings, each
 * employee's severance, the total against the funds (支付能力评估), in words of the language it was assessed in.
 */
public record LayoffAssessment(int cut, int workforce, boolean procedureRequired, String thresholdFinding,
                               List<Finding> findings, List<EmployeeSeverance> severance, BigDecimal total,
                               BigDecimal funds, String abilityToPay) {

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

    /** 支付能力评估 of a severance total against the funds the enterprise reported. */
    static String abilityToPay(Texts t, BigDecimal total, BigDecimal funds) {
        if (funds == null) return t.get("casework.layoff.ability.unknown");
        if (total.compareTo(funds) <= 0)
            return t.get("casework.layoff.ability.enough", LayoffRules.money(total), LayoffRules.money(funds));
        return t.get("casework.layoff.ability.short", LayoffRules.money(total.subtract(funds)), LayoffRules.money(total),
                LayoffRules.money(funds));
    }

    public long pre2008Count() {
        return severance.stream().filter(EmployeeSeverance::pre2008).count();
    }
}
