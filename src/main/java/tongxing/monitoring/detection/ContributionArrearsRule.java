package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 社会保险费欠缴: N or more months of contribution arrears (a sign of cash trouble). Orange. */
@Component
@Order(3)
class ContributionArrearsRule implements DetectionRule {

    @Override
    public String code() {
        return "CONTRIBUTION_ARREARS";
    }

    @Override
    public String title() {
        return "社会保险费欠缴";
    }

    @Override
    public String level() {
        return "ORANGE";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'CONTRIBUTION_ARREARS', 'ORANGE',
                       format('连续欠缴社会保险费 %s 个月（预警线 %s 个月）', c.arrears_months, :arrears),
                       'feeds.reason.CONTRIBUTION_ARREARS', jsonb_build_array(c.arrears_months::text, CAST(:arrears AS text)),
                       jsonb_build_array(jsonb_build_object('feed', 'SOCIAL_INSURANCE', 'month', to_char(c.month, 'YYYY-MM'),
                                                            'insured', c.insured, 'arrearsMonths', c.arrears_months))
                FROM monitoring_headcount@month c
                WHERE c.arrears_months >= :arrears""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("arrears", p.arrearsMonths());
    }
}
