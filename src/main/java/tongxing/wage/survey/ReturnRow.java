package tongxing.wage.survey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One surveyed enterprise's return as the lists show it. */
public record ReturnRow(long id, int year, String uscc, String name, String regionCode, String regionName,
                        ReturnStatus status, Integer employees, BigDecimal totalPay, int recordCount,
                        OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
