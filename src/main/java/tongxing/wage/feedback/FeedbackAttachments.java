package tongxing.wage.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.notification.AttachmentSource;
import tongxing.platform.notification.NotificationAttachment;

import java.util.Optional;

/**
 * The report PDF as the attachment of its e-mail, loaded by the outbox when it sends. Apart from
 * {@link FeedbackReports} so that the outbox (a scheduled task itself) does not depend on the batch
 * machinery, which depends on the scheduler.
 */
@Component
class FeedbackAttachments implements AttachmentSource {

    static final String PREFIX = "wage-feedback";

    private final JdbcClient jdbc;

    FeedbackAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Optional<NotificationAttachment> load(String id) {
        long reportId;
        try {
            reportId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT year, uscc, pdf FROM wage_feedback_report WHERE id = :id").param("id", reportId)
                .query((rs, n) -> new NotificationAttachment("薪酬调查反馈报告_" + rs.getInt(1) + "_" + rs.getString(2).trim() + ".pdf",
                        "application/pdf", rs.getBytes(3))).optional();
    }
}
