package tongxing.monitoring.layoffplan;

import org.springframework.stereotype.Component;
import tongxing.monitoring.severance.SeveranceInput;
import tongxing.monitoring.severance.SeveranceQuotes;
import tongxing.monitoring.severance.TerminationType;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Applies the rules of 第四十一至四十三条 and 第四十七条 to a plan and its list of employees. */
@Component
class LayoffAssessor {

    private final SeveranceQuotes quotes;
    private final Texts texts;
    private final LayoffThreshold threshold = LayoffThreshold.STATUTORY;

    LayoffAssessor(SeveranceQuotes quotes, Texts texts) {
        this.quotes = quotes;
        this.texts = texts;
    }

    LayoffAssessment assess(LayoffPlan plan, List<LayoffEmployee> employees) {
        int cut = employees.size();
        int workforce = plan.workforce() == null ? 0 : plan.workforce();
        boolean required = threshold.procedureRequired(cut, workforce);
        List<Finding> findings = new ArrayList<>();
        findings.add(LayoffRules.grounds(texts, plan));
        if (workforce > 0 && cut > workforce)
            findings.add(Finding.blocking("workforce", texts.get("casework.layoff.finding.cutOverWorkforce", String.valueOf(cut),
                    String.valueOf(workforce))));
        if (cut == 0) findings.add(Finding.blocking("employees", texts.get("casework.layoff.finding.noEmployees")));
        findings.addAll(LayoffRules.procedure(texts, plan, required));
        findings.addAll(LayoffRules.protectedEmployees(texts, employees));
        findings.addAll(LayoffRules.priorityRetention(texts, employees));

        List<EmployeeSeverance> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (LayoffEmployee e : employees) {
            EmployeeSeverance line = severance(plan, e);
            lines.add(line);
            total = total.add(line.amount());
            if (line.problem() != null)
                findings.add(Finding.warning("severance", texts.get("casework.layoff.finding.noSeverance", e.name(), line.problem())));
        }
        long pre2008 = lines.stream().filter(EmployeeSeverance::pre2008).count();
        if (pre2008 > 0)
            findings.add(Finding.warning("pre2008", texts.get("casework.layoff.finding.pre2008", String.valueOf(pre2008))));
        findings.add(LayoffRules.abilityToPay(texts, total, plan.fundsAvailable()));
        return new LayoffAssessment(cut, workforce, required, threshold.finding(cut, workforce, texts), findings, lines,
                total, plan.fundsAvailable(), LayoffAssessment.abilityToPay(texts, total, plan.fundsAvailable()));
    }

    /** 第四十六条第（四）项、第四十七条: economic layoff, terminated on the plan's layoff date. */
    private EmployeeSeverance severance(LayoffPlan plan, LayoffEmployee e) {
        if (plan.layoffOn() == null) return new EmployeeSeverance(e, null, texts.get("casework.layoff.finding.noLayoffDate"));
        try {
            return new EmployeeSeverance(e, quotes.quote(new SeveranceInput(e.averageWage(), e.hireDate(), plan.layoffOn(),
                    TerminationType.ECONOMIC_LAYOFF, plan.regionCode(), null, true, false)), null);
        } catch (ValidationException ex) {
            return new EmployeeSeverance(e, null, ex.violations().get(0).reason());
        }
    }
}
