package tongxing.platform.notification;

/**
 * A message to enqueue: to whom, what, an optional attachment reference ("wage-feedback:42",
 * resolved by the owning module's {@link AttachmentSource} when the message is sent) and a
 * reference naming what the message is about, for the module that enqueued it.
 */
public record OutgoingMessage(String recipient, String subject, String body, String attachmentRef, String reference) {

    public static OutgoingMessage email(String recipient, String subject, String body) {
        return new OutgoingMessage(recipient, subject, body, null, null);
    }

    public OutgoingMessage withAttachment(String ref) {
        return new OutgoingMessage(recipient, subject, body, ref, reference);
    }

    public OutgoingMessage about(String ref) {
        return new OutgoingMessage(recipient, subject, body, attachmentRef, ref);
    }
}
