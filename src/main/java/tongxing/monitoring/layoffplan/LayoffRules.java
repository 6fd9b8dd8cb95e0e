package tongxing.monitoring.layoffplan;

import tongxing.platform.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The checks of 劳动合同法 第四十一至四十三条, each a small named rule returning findings a person can read. */
final class LayoffRules {

    static final int NOTICE_DAYS = 30;

    private LayoffRules() {
    }

    /** 第四十一条第一款: only the four grounds. */
    static Finding grounds(Texts t, LayoffPlan plan) {
        if (plan.grounds() == null)
            return Finding.blocking("grounds", t.get("casework.layoff.finding.noGrounds"));
        return Finding.passed("grounds", t.get("casework.layoff.finding.grounds", t.get(plan.grounds().labelKey())));
    }

    /** 第四十一条第一款: 30 days' prior explanation and a report, when the threshold is reached. */
    static List<Finding> procedure(Texts t, LayoffPlan plan, boolean required) {
        List<Finding> f = new ArrayList<>();
        if (!required) return f;
        LocalDate on = plan.layoffOn();
        if (plan.explainedOn() == null) {
            f.add(Finding.blocking("explanation", t.get("casework.layoff.finding.noExplanation")));
        } else if (on != null) {
            long days = ChronoUnit.DAYS.between(plan.explainedOn(), on);
            if (days < NOTICE_DAYS)
                f.add(Finding.blocking("explanation", t.get("casework.layoff.finding.explanationLate", plan.explainedOn(), on,
                        String.valueOf(days))));
            else
                f.add(Finding.passed("explanation", t.get("casework.layoff.finding.explained", plan.explainedOn(),
                        String.valueOf(days))));
        }
        if (plan.reportedOn() == null) {
            f.add(Finding.blocking("report", t.get("casework.layoff.finding.noReport")));
        } else if (plan.explainedOn() != null && plan.reportedOn().isBefore(plan.explainedOn())) {
            f.add(Finding.blocking("report", t.get("casework.layoff.finding.reportBeforeExplanation", plan.reportedOn(),
                    plan.explainedOn())));
        } else if (on != null && plan.reportedOn().isAfter(on)) {
            f.add(Finding.blocking("report", t.get("casework.layoff.finding.reportAfterLayoff", plan.reportedOn(), on)));
        } else {
            f.add(Finding.passed("report", t.get("casework.layoff.finding.reported", plan.reportedOn())));
        }
        return f;
    }

    /** 第四十二条: these employees may not be laid off; every one blocks the plan. */
    static List<Finding> protectedEmployees(Texts t, List<LayoffEmployee> employees) {
        List<Finding> f = new ArrayList<>();
        for (LayoffEmployee e : employees) {
            if (!e.isProtected()) continue;
            f.add(Finding.blocking("protected", t.get("casework.layoff.finding.protected", e.name(), e.maskedIdNumber(),
                    e.protectedStatus().stream().map(p -> t.get(p.labelKey()))
                            .collect(Collectors.joining(t.get("casework.separator"))))));
        }
        if (f.isEmpty() && !employees.isEmpty())
            f.add(Finding.passed("protected", t.get("casework.layoff.finding.noneProtected")));
        return f;
    }

    /** 第四十一条第二款: to be kept first; flagged, not blocked. */
    static List<Finding> priorityRetention(Texts t, List<LayoffEmployee> employees) {
        List<Finding> f = new ArrayList<>();
        for (LayoffEmployee e : employees) {
            if (!e.priorityRetention()) continue;
            List<String> why = new ArrayList<>();
            if (e.contractType() == ContractType.OPEN_ENDED) why.add(t.get("casework.layoff.finding.priority.openEnded"));
            if (e.longFixedTerm()) why.add(t.get("casework.layoff.finding.priority.longFixedTerm"));
            if (e.soleEarner()) why.add(t.get("casework.layoff.finding.priority.soleEarner"));
            f.add(Finding.warning("priority", t.get("casework.layoff.finding.priority", e.name(), e.maskedIdNumber(),
                    String.join(t.get("casework.listSeparator"), why))));
        }
        return f;
    }

    /** Ability to pay: the computed severance against the funds the enterprise says it has. */
    static Finding abilityToPay(Texts t, BigDecimal total, BigDecimal funds) {
        if (funds == null) return Finding.warning("funds", t.get("casework.layoff.finding.noFunds"));
        BigDecimal gap = total.subtract(funds);
        if (gap.signum() > 0)
            return Finding.warning("funds", t.get("casework.layoff.finding.fundsShort", money(total), money(funds), money(gap)));
        return Finding.passed("funds", t.get("casework.layoff.finding.fundsEnough", money(total), money(funds)));
    }

    static String money(BigDecimal v) {
        return String.format("%,.2f", v);
    }
}
