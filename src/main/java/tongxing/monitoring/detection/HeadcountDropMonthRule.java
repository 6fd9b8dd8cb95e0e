package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * 参保人数环比下降达到裁员标准: the insured headcount fell from last month by as many people as
 * 劳动合同法 第四十一条 makes an economic layoff (20 or more, or fewer but at least 10 % of the
 * workforce; exactly 10 % counts). Red: the procedure of art. 41 may have been skipped.
 */
@Component
@Order(1)
class HeadcountDropMonthRule implements DetectionRule {

    @Override
    public String code() {
        return "HEADCOUNT_DROP_MONTH";
    }

    @Override
    public String title() {
        return "参保人数环比下降达到裁员标准";
    }

    @Override
    public String level() {
        return "RED";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'HEADCOUNT_DROP_MONTH', 'RED',
                       format('参保人数环比减少 %s 人（%s 月 %s 人 → %s 月 %s 人，降幅 %s%%），达到《劳动合同法》第四十一条裁员人数标准（%s 人以上，或不足 %s 人但占职工总数 %s%% 以上）',
                              p.insured - c.insured, to_char(p.month, 'YYYY-MM'), p.insured, to_char(c.month, 'YYYY-MM'), c.insured,
                              round((p.insured - c.insured) * 100.0 / p.insured, 1), :people, :people, :percent),
                       'feeds.reason.HEADCOUNT_DROP_MONTH',
                       jsonb_build_array((p.insured - c.insured)::text, to_char(p.month, 'YYYY-MM'), p.insured::text, to_char(c.month, 'YYYY-MM'),
                                         c.insured::text, round((p.insured - c.insured) * 100.0 / p.insured, 1)::text,
                                         CAST(:people AS text), CAST(:percent AS text)),
                       jsonb_build_array(
                           jsonb_build_object('feed', 'SOCIAL_INSURANCE', 'month', to_char(p.month, 'YYYY-MM'), 'insured', p.insured),
                           jsonb_build_object('feed', 'SOCIAL_INSURANCE', 'month', to_char(c.month, 'YYYY-MM'), 'insured', c.insured))
                FROM monitoring_headcount@month c
                JOIN monitoring_headcount@prev p ON p.uscc = c.uscc
                WHERE p.insured > c.insured
                  AND (p.insured - c.insured >= :people OR (p.insured - c.insured) * 100 >= p.insured * :percent)""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("people", p.layoffMinPeople(), "percent", p.layoffMinPercent());
    }
}
