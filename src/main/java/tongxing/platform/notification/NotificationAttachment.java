package tongxing.platform.notification;

/** A file to attach, as its owning module hands it over at sending time. */
public record NotificationAttachment(String fileName, String contentType, byte[] content) {
}
