package tongxing.platform.notification;

import java.util.Optional;

/**
 * Implemented by a module whose messages carry attachments: resolves the id part of an
 * attachment reference "prefix:id" to the file, at sending time (the outbox stores no files).
 */
public interface AttachmentSource {

    /** The prefix this source answers for, e.g. "wage-feedback". */
    String prefix();

    Optional<NotificationAttachment> load(String id);
}
