package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/** 欠薪投诉: wage-arrears complaints in the month. Orange. */
@Component
@Order(4)
class WageArrearsComplaintRule implements DetectionRule {

    @Override
    public String code() {
        return "WAGE_ARREARS_COMPLAINT";
    }

    @Override
    public String title() {
        return "欠薪投诉";
    }

    @Override
    public String level() {
        return "ORANGE";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'WAGE_ARREARS_COMPLAINT', 'ORANGE',
                       format('当月受理拖欠工资投诉举报 %s 件（预警线 %s 件）', c.wage_arrears, :complaints),
                       'feeds.reason.WAGE_ARREARS_COMPLAINT', jsonb_build_array(c.wage_arrears::text, CAST(:complaints AS text)),
                       jsonb_build_array(jsonb_build_object('feed', 'COMPLAINT', 'month', to_char(c.month, 'YYYY-MM'),
                                                            'wageArrears', c.wage_arrears, 'other', c.other))
                FROM monitoring_complaint@month c
                WHERE c.wage_arrears >= :complaints""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("complaints", p.wageArrearsComplaints());
    }
}
