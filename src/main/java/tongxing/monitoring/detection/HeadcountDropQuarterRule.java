package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * 参保人数三个月累计下降达到裁员标准: the same threshold of 劳动合同法 第四十一条, over a rolling
 * three months (this month against three months before), which catches a layoff cut into
 * monthly slices that each stay under the line. Orange.
 */
@Component
@Order(2)
class HeadcountDropQuarterRule implements DetectionRule {

    @Override
    public String code() {
        return "HEADCOUNT_DROP_QUARTER";
    }

    @Override
    public String title() {
        return "参保人数三个月累计下降达到裁员标准";
    }

    @Override
    public String level() {
        return "ORANGE";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'HEADCOUNT_DROP_QUARTER', 'ORANGE',
                       format('近三个月参保人数累计减少 %s 人（%s 月 %s 人 → %s 月 %s 人，降幅 %s%%），达到《劳动合同法》第四十一条裁员人数标准',
                              b.insured - c.insured, to_char(b.month, 'YYYY-MM'), b.insured, to_char(c.month, 'YYYY-MM'), c.insured,
                              round((b.insured - c.insured) * 100.0 / b.insured, 1)),
                       'feeds.reason.HEADCOUNT_DROP_QUARTER',
                       jsonb_build_array((b.insured - c.insured)::text, to_char(b.month, 'YYYY-MM'), b.insured::text, to_char(c.month, 'YYYY-MM'),
                                         c.insured::text, round((b.insured - c.insured) * 100.0 / b.insured, 1)::text),
                       (SELECT jsonb_agg(jsonb_build_object('feed', 'SOCIAL_INSURANCE', 'month', to_char(h.month, 'YYYY-MM'),
                                                            'insured', h.insured) ORDER BY h.month)
                        FROM (VALUES (b.month, b.insured),
                                     (CAST(:m2 AS date), (SELECT x.insured FROM monitoring_headcount@m2 x WHERE x.uscc = c.uscc)),
                                     (CAST(:prev AS date), (SELECT p.insured FROM monitoring_headcount@prev p WHERE p.uscc = c.uscc)),
                                     (c.month, c.insured)) AS h (month, insured)
                        WHERE h.insured IS NOT NULL)
                FROM monitoring_headcount@month c
                JOIN monitoring_headcount@base b ON b.uscc = c.uscc
                WHERE b.insured > c.insured
                  AND (b.insured - c.insured >= :people OR (b.insured - c.insured) * 100 >= b.insured * :percent)""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("people", p.layoffMinPeople(), "percent", p.layoffMinPercent());
    }
}
