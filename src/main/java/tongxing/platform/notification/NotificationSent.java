package tongxing.platform.notification;

import java.time.OffsetDateTime;

/** Published in the sender's transaction when a message has been handed to the mail server. */
public record NotificationSent(long notificationId, String reference, String recipient, OffsetDateTime sentAt) {
}
