package tongxing.monitoring.detection;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * 劳动争议集中: N or more dispute cases in the month (orange), or a collective dispute, where
 * 10 or more workers act together (red, whatever the number of cases).
 */
@Component
@Order(5)
class DisputeClusterRule implements DetectionRule {

    @Override
    public String code() {
        return "DISPUTE_CLUSTER";
    }

    @Override
    public String title() {
        return "劳动争议集中或集体争议";
    }

    @Override
    public String level() {
        return "RED";
    }

    @Override
    public String sql() {
        return INSERT + """
                SELECT :run, c.month, c.uscc, c.region_code, 'DISPUTE_CLUSTER',
                       CASE WHEN c.collective_cases > 0 THEN 'RED' ELSE 'ORANGE' END,
                       CASE WHEN c.collective_cases > 0
                            THEN format('当月发生集体劳动争议 %s 件（劳动者 10 人以上），争议案件共 %s 件、涉及 %s 人', c.collective_cases, c.cases, c.workers)
                            ELSE format('当月劳动争议案件 %s 件、涉及 %s 人（预警线 %s 件）', c.cases, c.workers, :cases) END,
                       CASE WHEN c.collective_cases > 0 THEN 'feeds.reason.DISPUTE_CLUSTER.collective' ELSE 'feeds.reason.DISPUTE_CLUSTER' END,
                       jsonb_build_array(c.collective_cases::text, c.cases::text, c.workers::text, CAST(:cases AS text)),
                       jsonb_build_array(jsonb_build_object('feed', 'DISPUTE', 'month', to_char(c.month, 'YYYY-MM'),
                                                            'cases', c.cases, 'workers', c.workers, 'collectiveCases', c.collective_cases))
                FROM monitoring_dispute@month c
                WHERE (c.cases >= :cases OR c.collective_cases > 0)""";
    }

    @Override
    public Map<String, Object> parameters(RuleParameters p) {
        return Map.of("cases", p.disputeCases());
    }
}
