package tongxing.coordinator.exchange;

/** 线下 or 线上: where an exchange session takes place. */
public enum SessionMode {
    ONSITE, ONLINE
}
