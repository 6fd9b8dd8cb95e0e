package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 大型用工企业: N or more insured employees; always on the guidance list (plan section 六). Yellow. */
@Component
@Order(7)
class LargeEmployerRule implements DetectionRule {

    @Override
    public String code() {
        return "LARGE_EMPLOYER";
    }

    @Override
    public String title() {
        return "大型用工企业";
    }

    @Override
    public String level() {
        return "YELLOW";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'LARGE_EMPLOYER', 'YELLOW',
                       format('参保职工 %s 人，达到大型用工企业标准（%s 人以上），列入用工指导名单', c.insured, :large),
                       'feeds.reason.LARGE_EMPLOYER', jsonb_build_array(c.insured::text, CAST(:large AS text)),
                       jsonb_build_array(jsonb_build_object('feed', 'SOCIAL_INSURANCE', 'month', to_char(c.month, 'YYYY-MM'),
                                                            'insured', c.insured))
                FROM monitoring_headcount@month c
                WHERE c.insured >= :large""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("large", p.largeEmployerInsured());
    }
}
