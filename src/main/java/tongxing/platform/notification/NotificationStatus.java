package tongxing.platform.notification;

/** 待发送 / 已发送 / 发送失败 (after the last retry). */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
