package tongxing.wage.guideline;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;

/**
 * When a cell is too small or too dominated by one enterprise to publish (tongxing.wage.suppression.*).
 * Defaults: at least 3 enterprises, at least 30 employees, no enterprise with more than 50% of
 * the cell's employees.
 */
@ConfigurationProperties("tongxing.wage.suppression")
public record SuppressionThresholds(Integer minEnterprises, Integer minEmployees, BigDecimal maxShare) {

    public SuppressionThresholds {
        if (minEnterprises == null) minEnterprises = 3;
        if (minEmployees == null) minEmployees = 30;
        if (maxShare == null) maxShare = new BigDecimal("0.50");
    }

    public static SuppressionThresholds defaults() {
        return new SuppressionThresholds(null, null, null);
    }
}
