package tongxing.monitoring.layoffplan;

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
    static Finding grounds(LayoffPlan plan) {
        if (plan.grounds() == null)
            return Finding.blocking("grounds", "未选择裁员理由：经济性裁员只能依据第四十一条第一款规定的四种情形。");
        return Finding.passed("grounds", "裁员理由：" + plan.grounds().text() + "（第四十一条第一款）。");
    }

    /** 第四十一条第一款: 30 days' prior explanation and a report, when the threshold is reached. */
    static List<Finding> procedure(LayoffPlan plan, boolean required) {
        List<Finding> f = new ArrayList<>();
        if (!required) return f;
        LocalDate on = plan.layoffOn();
        if (plan.explainedOn() == null) {
            f.add(Finding.blocking("explanation", "未填写向工会或者全体职工说明情况的日期：应提前三十日说明情况并听取意见。"));
        } else if (on != null) {
            long days = ChronoUnit.DAYS.between(plan.explainedOn(), on);
            if (days < NOTICE_DAYS)
                f.add(Finding.blocking("explanation", "向工会或者全体职工说明情况的日期 " + plan.explainedOn() + " 距裁员日期 " + on
                        + " 仅 " + days + " 天，不足三十日。"));
            else
                f.add(Finding.passed("explanation", "已于 " + plan.explainedOn() + " 向工会或者全体职工说明情况，距裁员日期 " + days + " 天，满三十日。"));
        }
        if (plan.reportedOn() == null) {
            f.add(Finding.blocking("report", "未填写向劳动行政部门报告裁减人员方案的日期。"));
        } else if (plan.explainedOn() != null && plan.reportedOn().isBefore(plan.explainedOn())) {
            f.add(Finding.blocking("report", "报告日期 " + plan.reportedOn() + " 早于说明情况日期 " + plan.explainedOn()
                    + "：应在听取工会或者职工意见后报告裁减人员方案。"));
        } else if (on != null && plan.reportedOn().isAfter(on)) {
            f.add(Finding.blocking("report", "报告日期 " + plan.reportedOn() + " 晚于裁员日期 " + on + "：应在实施裁员前报告。"));
        } else {
            f.add(Finding.passed("report", "已于 " + plan.reportedOn() + " 向劳动行政部门报告裁减人员方案。"));
        }
        return f;
    }

    /** 第四十二条: these employees may not be laid off; every one blocks the plan. */
    static List<Finding> protectedEmployees(List<LayoffEmployee> employees) {
        List<Finding> f = new ArrayList<>();
        for (LayoffEmployee e : employees) {
            if (!e.isProtected()) continue;
            f.add(Finding.blocking("protected", e.name() + "（" + e.maskedIdNumber() + "）属于第四十二条不得裁减的人员："
                    + e.protectedStatus().stream().map(ProtectedStatus::text).collect(Collectors.joining("；"))
                    + "。应从裁减名单中移除。"));
        }
        if (f.isEmpty() && !employees.isEmpty())
            f.add(Finding.passed("protected", "裁减名单中未填报第四十二条规定不得裁减的人员。"));
        return f;
    }

    /** 第四十一条第二款: to be kept first; flagged, not blocked. */
    static List<Finding> priorityRetention(List<LayoffEmployee> employees) {
        List<Finding> f = new ArrayList<>();
        for (LayoffEmployee e : employees) {
            if (!e.priorityRetention()) continue;
            List<String> why = new ArrayList<>();
            if (e.contractType() == ContractType.OPEN_ENDED) why.add("订立无固定期限劳动合同");
            if (e.longFixedTerm()) why.add("订立较长期限的固定期限劳动合同");
            if (e.soleEarner()) why.add("家庭无其他就业人员，有需要扶养的老人或者未成年人");
            f.add(Finding.warning("priority", e.name() + "（" + e.maskedIdNumber() + "）" + String.join("、", why)
                    + "，依第四十一条第二款应优先留用，请说明未留用的理由。"));
        }
        return f;
    }

    /** Ability to pay: the computed severance against the funds the enterprise says it has. */
    static Finding abilityToPay(BigDecimal total, BigDecimal funds) {
        if (funds == null) return Finding.warning("funds", "未填写可用于支付经济补偿的资金，无法评估支付能力。");
        BigDecimal gap = total.subtract(funds);
        if (gap.signum() > 0)
            return Finding.warning("funds", "支付能力不足：经济补偿合计 " + money(total) + " 元，可用资金 " + money(funds)
                    + " 元，缺口 " + money(gap) + " 元。");
        return Finding.passed("funds", "支付能力充足：经济补偿合计 " + money(total) + " 元，可用资金 " + money(funds) + " 元。");
    }

    static String money(BigDecimal v) {
        return String.format("%,.2f", v);
    }
}
