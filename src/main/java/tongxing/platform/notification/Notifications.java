package tongxing.platform.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outbox's public API: {@link #enqueue} writes the message in the caller's transaction (no
 * message when the caller rolls back; no lost message when it commits), {@link OutboxDelivery}
 * sends it later.
 */
@Service
public class Notifications {

    static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$");

    private final JdbcClient jdbc;
    private final Texts texts;

    Notifications(JdbcClient jdbc, Texts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** @return the id of the enqueued message */
    public long enqueue(OutgoingMessage m) {
        String to = m.recipient() == null ? "" : m.recipient().trim();
        if (!EMAIL.matcher(to).matches() || to.length() > 254)
            throw new ValidationException("recipient", texts.get("notification.error.recipient", to));
        if (m.subject() == null || m.subject().isBlank())
            throw new ValidationException("subject", texts.get("notification.error.subject"));
        return jdbc.sql("""
                        INSERT INTO platform_notification (recipient, subject, body, attachment_ref, reference, created_by)
                        VALUES (:to, :subject, :body, :attachment, :reference, :by) RETURNING id""")
                .param("to", to).param("subject", m.subject()).param("body", m.body() == null ? "" : m.body())
                .param("attachment", m.attachmentRef()).param("reference", m.reference())
                .param("by", CurrentUser.find().map(CurrentUser::username).orElse("system"))
                .query(Long.class).single();
    }

    public Optional<Notification> find(long id) {
        return jdbc.sql("SELECT * FROM platform_notification WHERE id = :id").param("id", id)
                .query(Notifications::map).optional();
    }

    static Notification map(ResultSet rs, int n) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getString("attachment_ref"), rs.getString("reference"), NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));
    }
}
