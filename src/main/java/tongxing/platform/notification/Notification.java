package tongxing.platform.notification;

import java.time.OffsetDateTime;

/** A message of the outbox as stored, with its delivery state. */
public record Notification(long id, String recipient, String subject, String body, String attachmentRef, String reference,
                           NotificationStatus status, int attempts, String lastError, OffsetDateTime nextAttemptAt,
                           OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
