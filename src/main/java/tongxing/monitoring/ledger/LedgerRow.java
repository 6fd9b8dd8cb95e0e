package tongxing.monitoring.ledger;

import java.time.LocalDate;

/**
 * One line of 指导服务台账 with exactly the plan's fields (六(二)2): 企业名称、所在市县、所属行业、上年底职工数量、
 * 目前职工数量、已享受的稳岗政策、跟踪指导情况; and for enterprises planning or doing layoffs: 本年度计划裁员人数、
 * 已裁员人数、裁员岗位、经济补偿标准、支付能力评估.
 */
public record LedgerRow(String uscc, String regionCode, String riskLevel, String name, String industry,
                        Integer headcountYearEnd, Integer headcountCurrent, LocalDate currentMonth, String policies,
                        String followUps, Integer plannedLayoffs, Integer laidOff, String positions,
                        String severanceStandard, String abilityToPay, Long reviewedPlanId, int version) {

    public boolean layoffs() {
        return reviewedPlanId != null || (plannedLayoffs != null && plannedLayoffs > 0) || (laidOff != null && laidOff > 0);
    }
}
