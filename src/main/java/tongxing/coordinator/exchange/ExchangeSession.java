package tongxing.coordinator.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One study and exchange session (学习交流活动) with its attendance figures. */
public record ExchangeSession(long id, String title, LocalDate heldOn, SessionMode mode, String place, String regionCode,
                              String regionName, String topic, String description, String createdBy, int version,
                              int invited, int attended, BigDecimal hours) {

    public SessionData data() {
        return new SessionData(title, heldOn, mode, place, regionCode, topic, description);
    }
}
