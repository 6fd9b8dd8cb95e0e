package tongxing.platform.notification;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Sends the due PENDING messages, one transaction per message: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} (two nodes never send the same message), sent over SMTP, then
 * marked SENT; a failure counts an attempt, keeps the error and waits (back-off) before the next
 * try, and after the last allowed attempt marks the message FAILED.
 */
@Component
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final List<AttachmentSource> attachments;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;

    OutboxDelivery(JdbcClient jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> mailSender,
                   List<AttachmentSource> attachments, NotificationSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mailSender = mailSender;
        this.attachments = attachments;
        this.settings = settings;
        this.events = events;
    }

    /** Delivers through the application's mail server (spring.mail.*); does nothing when none is configured. */
    public int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host): notifications stay PENDING");
            return 0;
        }
        return deliverDue(sender);
    }

    /** @return how many messages were sent */
    public int deliverDue(JavaMailSender sender) {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean result = tx.execute(s -> deliverOne(sender));
            if (result == null) break;
            if (result) sent++;
        }
        return sent;
    }

    /** null when nothing is due, else whether the claimed message was sent. */
    private Boolean deliverOne(JavaMailSender sender) {
        Optional<Notification> due = jdbc.sql("""
                        SELECT * FROM platform_notification WHERE status = 'PENDING' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .query(Notifications::map).optional();
        if (due.isEmpty()) return null;
        Notification n = due.get();
        try {
            sender.send(mime(sender, n));
        } catch (Exception e) {
            failed(n, e);
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("UPDATE platform_notification SET status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = NULL WHERE id = :id")
                .param("now", now).param("id", n.id()).update();
        events.publishEvent(new NotificationSent(n.id(), n.reference(), n.recipient(), now));
        return true;
    }

    private void failed(Notification n, Exception e) {
        int attempts = n.attempts() + 1;
        boolean last = attempts >= settings.maxAttempts();
        String error = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage());
        log.warn("Notification {} to {} failed (attempt {}{}): {}", n.id(), n.recipient(), attempts, last ? ", giving up" : "", error);
        jdbc.sql("""
                        UPDATE platform_notification SET attempts = :attempts, last_error = :error, status = :status,
                            next_attempt_at = now() + CAST(:wait AS interval)
                        WHERE id = :id""")
                .param("attempts", attempts).param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("status", last ? "FAILED" : "PENDING")
                .param("wait", settings.backoff(attempts).toSeconds() + " seconds").param("id", n.id()).update();
    }

    private MimeMessage mime(JavaMailSender sender, Notification n) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        boolean multipart = n.attachmentRef() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(n.recipient());
        helper.setSubject(n.subject());
        helper.setText(n.body(), false);
        if (multipart) {
            NotificationAttachment a = resolve(n.attachmentRef());
            helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
        }
        return message;
    }

    private NotificationAttachment resolve(String ref) {
        int colon = ref.indexOf(':');
        String prefix = colon < 0 ? ref : ref.substring(0, colon);
        String id = colon < 0 ? "" : ref.substring(colon + 1);
        return attachments.stream().filter(s -> s.prefix().equals(prefix)).findFirst()
                .flatMap(s -> s.load(id))
                .orElseThrow(() -> new IllegalStateException("attachment not found: " + ref));
    }
}
