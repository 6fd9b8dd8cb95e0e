package tongxing.coordinator.exchange;

import java.math.BigDecimal;

/** One coordinator on a session's attendance list (出席名单), the ID number masked. */
public record AttendanceEntry(long coordinatorId, String name, String maskedIdNumber, String regionName, boolean attended,
                              BigDecimal hours) {
}
