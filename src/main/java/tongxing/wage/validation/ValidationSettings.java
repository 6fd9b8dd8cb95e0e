package tongxing.wage.validation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * The thresholds of the survey validation, configurable (tongxing.wage.validation.*), with the
 * defaults documented here:
 * <ul>
 *   <li>{@code outlier-k} 3.5: a record is an outlier when |ln(pay) − median| &gt; k × scaled MAD;</li>
 *   <li>{@code outlier-min-records} 10: an occupation is only checked with at least this many records of the year;</li>
 *   <li>{@code pay-tolerance} 0.05: the sum of the records' annual pay may differ from the form's total pay by 5%;</li>
 *   <li>{@code full-time-hours} 2000: standard annual hours (250 working days × 8 h, 劳社部发〔2008〕3号).</li>
 * </ul>
 */
@Component
public class ValidationSettings {

    private final double outlierK;
    private final int outlierMinRecords;
    private final BigDecimal payTolerance;
    private final int fullTimeHours;

    ValidationSettings(@Value("${tongxing.wage.validation.outlier-k:3.5}") double outlierK,
                       @Value("${tongxing.wage.validation.outlier-min-records:10}") int outlierMinRecords,
                       @Value("${tongxing.wage.validation.pay-tolerance:0.05}") BigDecimal payTolerance,
                       @Value("${tongxing.wage.validation.full-time-hours:2000}") int fullTimeHours) {
        this.outlierK = outlierK;
        this.outlierMinRecords = outlierMinRecords;
        this.payTolerance = payTolerance;
        this.fullTimeHours = fullTimeHours;
    }

    public double outlierK() {
        return outlierK;
    }

    public int outlierMinRecords() {
        return outlierMinRecords;
    }

    public BigDecimal payTolerance() {
        return payTolerance;
    }

    public int fullTimeHours() {
        return fullTimeHours;
    }
}
