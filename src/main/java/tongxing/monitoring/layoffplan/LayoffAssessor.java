package tongxing.monitoring.layoffplan;

import org.springframework.stereotype.Component;
import tongxing.monitoring.severance.SeveranceInput;
import tongxing.monitoring.severance.SeveranceQuotes;
import tongxing.monitoring.severance.TerminationType;
import tongxing.platform.validation.ValidationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Applies the rules of 第四十一至四十三条 and 第四十七条 to a plan and its list of employees. */
@Component
class LayoffAssessor {

    private final SeveranceQuotes quotes;
    private final LayoffThreshold threshold = LayoffThreshold.STATUTORY;

    LayoffAssessor(SeveranceQuotes quotes) {
        this.quotes = quotes;
    }

    LayoffAssessment assess(LayoffPlan plan, List<LayoffEmployee> employees) {
        int cut = employees.size();
        int workforce = plan.workforce() == null ? 0 : plan.workforce();
        boolean required = threshold.procedureRequired(cut, workforce);
        List<Finding> findings = new ArrayList<>();
        findings.add(LayoffRules.grounds(plan));
        if (workforce > 0 && cut > workforce)
            findings.add(Finding.blocking("workforce", "裁减人数 " + cut + " 人超过职工总数 " + workforce + " 人，请核对。"));
        if (cut == 0) findings.add(Finding.blocking("employees", "裁减人员名单为空。"));
        findings.addAll(LayoffRules.procedure(plan, required));
        findings.addAll(LayoffRules.protectedEmployees(employees));
        findings.addAll(LayoffRules.priorityRetention(employees));

        List<EmployeeSeverance> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (LayoffEmployee e : employees) {
            EmployeeSeverance line = severance(plan, e);
            lines.add(line);
            total = total.add(line.amount());
            if (line.problem() != null)
                findings.add(Finding.warning("severance", e.name() + "：经济补偿无法计算（" + line.problem() + "）。"));
        }
        long pre2008 = lines.stream().filter(EmployeeSeverance::pre2008).count();
        if (pre2008 > 0)
            findings.add(Finding.warning("pre2008", pre2008 + " 人在 2008 年 1 月 1 日前入职：此前的工作年限应按当时有关规定另行计算"
                    + "经济补偿（劳动合同法第九十七条），本方案只计算 2008 年以后的部分。"));
        findings.add(LayoffRules.abilityToPay(total, plan.fundsAvailable()));
        return new LayoffAssessment(cut, workforce, required, threshold.finding(cut, workforce), findings, lines, total,
                plan.fundsAvailable());
    }

    /** 第四十六条第（四）项、第四十七条: economic layoff, terminated on the plan's layoff date. */
    private EmployeeSeverance severance(LayoffPlan plan, LayoffEmployee e) {
        if (plan.layoffOn() == null) return new EmployeeSeverance(e, null, "方案未填写裁员日期");
        try {
            return new EmployeeSeverance(e, quotes.quote(new SeveranceInput(e.averageWage(), e.hireDate(), plan.layoffOn(),
                    TerminationType.ECONOMIC_LAYOFF, plan.regionCode(), null, true, false)), null);
        } catch (ValidationException ex) {
            return new EmployeeSeverance(e, null, ex.violations().get(0).reason());
        }
    }
}
