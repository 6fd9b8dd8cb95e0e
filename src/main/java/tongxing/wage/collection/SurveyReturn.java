package tongxing.wage.collection;

import tongxing.wage.survey.ReturnStatus;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** 填报: a surveyed enterprise's return for a year, its enterprise form and where it stands. */
public record SurveyReturn(long id, int year, String uscc, String regionCode, ReturnStatus status,
                           String industryCode, String industrySection, String ownershipCode, String sizeClass,
                           Integer employees, BigDecimal totalPay, int recordCount, BigDecimal recordPay,
                           int warningCount, OffsetDateTime warningsConfirmedAt, OffsetDateTime submittedAt,
                           String submittedBy, OffsetDateTime acceptedAt, String acceptedBy, String returnReason,
                           int version) {

    public boolean warningsPending() {
        return warningCount > 0 && warningsConfirmedAt == null;
    }
}
