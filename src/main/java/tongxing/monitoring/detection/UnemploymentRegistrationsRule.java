package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 失业登记集中: N or more people registered as unemployed naming the enterprise last month. Orange. */
@Component
@Order(6)
class UnemploymentRegistrationsRule implements DetectionRule {

    @Override
    public String code() {
        return "UNEMPLOYMENT_REGISTRATIONS";
    }

    @Override
    public String title() {
        return "失业登记集中";
    }

    @Override
    public String level() {
        return "ORANGE";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'UNEMPLOYMENT_REGISTRATIONS', 'ORANGE',
                       format('当月有 %s 人办理失业登记、最后就业单位为该企业（预警线 %s 人）', c.registrations, :registrations),
                       'feeds.reason.UNEMPLOYMENT_REGISTRATIONS', jsonb_build_array(c.registrations::text, CAST(:registrations AS text)),
                       jsonb_build_array(jsonb_build_object('feed', 'UNEMPLOYMENT', 'month', to_char(c.month, 'YYYY-MM'),
                                                            'registrations', c.registrations))
                FROM monitoring_unemployment@month c
                WHERE c.registrations >= :registrations""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("registrations", p.unemploymentRegistrations());
    }
}
