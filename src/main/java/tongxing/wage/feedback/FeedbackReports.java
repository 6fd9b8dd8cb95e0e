package tongxing.wage.feedback;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.notification.NotificationSent;
import tongxing.platform.notification.Notifications;
import tongxing.platform.notification.OutgoingMessage;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feedback reports (反馈报告): starting a year's batch, downloading (the enterprise its own, staff
 * within their scope; the enterprise's first download is recorded), e-mailing through the outbox,
 * and the "100% feedback" indicator.
 */
@Service
public class FeedbackReports {

    private final JdbcClient jdbc;
    private final Editions editions;
    private final FeedbackBatchQueue queue;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Texts texts;

    FeedbackReports(JdbcClient jdbc, Editions editions, FeedbackBatchQueue queue, Notifications notifications, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.queue = queue;
        this.notifications = notifications;
        this.audit = audit;
        this.texts = texts;
    }

    public record ReportRow(long id, int year, String uscc, String regionCode, OffsetDateTime generatedAt,
                            OffsetDateTime firstDownloadedAt, String email, OffsetDateTime emailedAt, OffsetDateTime sentAt) {
        public boolean delivered() {
            return firstDownloadedAt != null || sentAt != null;
        }
    }

    public record RegionFigure(String regionCode, long accepted, long generated, long downloaded, long sent, long delivered) {
        public int percent() {
            return accepted == 0 ? 0 : (int) Math.floor(100.0 * delivered / accepted);
        }
    }

    /**
     * Starts the year's batch on the persistent scheduler (it survives a restart and resumes);
     * returns at once with the batch to follow.
     */
    public FeedbackBatch start(int year) {
        FeedbackBatch b = create(year);
        queue.submit(b.id());
        return batch(b.id());
    }

    /** Generates the year's reports in the calling thread (tests, benchmarks). */
    public FeedbackBatch generateNow(int year) {
        FeedbackBatch b = create(year);
        queue.runHere(b.id());
        return batch(b.id());
    }

    FeedbackBatch create(int year) {
        CurrentUser user = CurrentUser.require();
        if (user.role() != Role.PROVINCE_ADMIN) throw new AccessDeniedException("province administrator only");
        Edition edition = editions.latestPublished(year)
                .orElseThrow(() -> new ValidationException("year", texts.get("wageguide.feedback.error.noEdition", year)));
        queue.failOrphans(year);
        if (latestBatch(year).map(FeedbackBatch::running).orElse(false))
            throw new ValidationException("year", texts.get("wageguide.feedback.error.running", year));
        long id = jdbc.sql("""
                        INSERT INTO wage_feedback_batch (year, edition_id, started_by) VALUES (:year, :edition, :by) RETURNING id""")
                .param("year", year).param("edition", edition.id()).param("by", user.username()).query(Long.class).single();
        audit.record(AuditAction.CREATE, "wage_feedback_batch", String.valueOf(id),
                "生成 " + year + " 年企业薪酬调查反馈报告（对比 " + edition.label() + "）");
        return batch(id);
    }

    public FeedbackBatch batch(long id) {
        return jdbc.sql("SELECT * FROM wage_feedback_batch WHERE id = :id").param("id", id)
                .query(FeedbackReports::mapBatch).optional().orElseThrow(NotFoundException::new);
    }

    public Optional<FeedbackBatch> latestBatch(int year) {
        return jdbc.sql("SELECT * FROM wage_feedback_batch WHERE year = :year ORDER BY id DESC LIMIT 1")
                .param("year", year).query(FeedbackReports::mapBatch).optional();
    }

    public List<ReportRow> list(Scope scope, int year, String region, int limit, int offset) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "f.region_code", "f.uscc");
        return jdbc.sql("""
                        SELECT f.id, f.year, f.uscc, f.region_code, f.generated_at, f.first_downloaded_at, f.email, f.emailed_at, f.sent_at
                        FROM wage_feedback_report f
                        WHERE f.year = :year AND (CAST(:region AS text) IS NULL OR f.region_code = :region) AND %s
                        ORDER BY f.region_code, f.uscc LIMIT :limit OFFSET :offset""".formatted(s.sql()))
                .params(s.params()).param("year", year).param("region", region).param("limit", limit).param("offset", offset)
                .query(FeedbackReports::mapRow).list();
    }

    public long count(Scope scope, int year, String region) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "f.region_code", "f.uscc");
        return jdbc.sql("""
                        SELECT count(*) FROM wage_feedback_report f
                        WHERE f.year = :year AND (CAST(:region AS text) IS NULL OR f.region_code = :region) AND %s""".formatted(s.sql()))
                .params(s.params()).param("year", year).param("region", region).query(Long.class).single();
    }

    /** The reports of the caller's own enterprise (enterprise users). */
    public List<ReportRow> own(Scope scope) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "f.region_code", "f.uscc");
        return jdbc.sql("""
                        SELECT f.id, f.year, f.uscc, f.region_code, f.generated_at, f.first_downloaded_at, f.email, f.emailed_at, f.sent_at
                        FROM wage_feedback_report f WHERE %s ORDER BY f.year DESC""".formatted(s.sql()))
                .params(s.params()).query(FeedbackReports::mapRow).list();
    }

    /** The PDF, within the caller's scope (else 404). The enterprise's own first download counts as delivery. */
    @Transactional
    public byte[] download(CurrentUser user, long id) {
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "f.region_code", "f.uscc");
        ReportRow row = jdbc.sql("""
                        SELECT f.id, f.year, f.uscc, f.region_code, f.generated_at, f.first_downloaded_at, f.email, f.emailed_at, f.sent_at
                        FROM wage_feedback_report f WHERE f.id = :id AND %s""".formatted(s.sql()))
                .params(s.params()).param("id", id).query(FeedbackReports::mapRow).optional().orElseThrow(NotFoundException::new);
        if (user.role() == Role.ENTERPRISE && row.firstDownloadedAt() == null) {
            jdbc.sql("UPDATE wage_feedback_report SET first_downloaded_at = now(), first_downloaded_by = :by WHERE id = :id AND first_downloaded_at IS NULL")
                    .param("by", user.username()).param("id", id).update();
        }
        audit.record(AuditAction.EXPORT, "wage_feedback_report", String.valueOf(id),
                "下载 " + row.year() + " 年薪酬调查反馈报告 " + row.uscc());
        return pdfOf(id);
    }

    /** Queues the report for e-mail to the enterprise contact (staff within scope). */
    @Transactional
    public void email(CurrentUser user, long id, String address) {
        if (!user.role().isStaff()) throw new AccessDeniedException("staff only");
        ScopeSql s = ScopeSql.forEnterpriseRows(user.scope(), "f.region_code", "f.uscc");
        ReportRow row = jdbc.sql("""
                        SELECT f.id, f.year, f.uscc, f.region_code, f.generated_at, f.first_downloaded_at, f.email, f.emailed_at, f.sent_at
                        FROM wage_feedback_report f WHERE f.id = :id AND %s""".formatted(s.sql()))
                .params(s.params()).param("id", id).query(FeedbackReports::mapRow).optional().orElseThrow(NotFoundException::new);
        String to = address == null ? "" : address.trim();
        long notification;
        try {
            notification = notifications.enqueue(new OutgoingMessage(to, texts.stored("wageguide.feedback.mail.subject", row.year()),
                    texts.stored("wageguide.feedback.mail.body", row.year()),
                    FeedbackAttachments.PREFIX + ":" + id, FeedbackAttachments.PREFIX + ":" + id));
        } catch (ValidationException e) {
            throw new ValidationException("email", texts.get("wageguide.feedback.error.email", to));
        }
        jdbc.sql("UPDATE wage_feedback_report SET email = :email, emailed_at = now(), notification_id = :n WHERE id = :id")
                .param("email", to).param("n", notification).param("id", id).update();
        audit.record(AuditAction.UPDATE, "wage_feedback_report", String.valueOf(id), "邮件发送反馈报告至 " + to,
                Map.of("email", String.valueOf(row.email())), Map.of("email", to, "notification", notification));
    }

    /** The "100% feedback" indicator: delivered (downloaded by the enterprise or e-mailed) / accepted, by region. */
    public List<RegionFigure> indicator(Scope scope, int year) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        return jdbc.sql("""
                        SELECT e.region_code, count(*) AS accepted, count(f.id) AS generated,
                               count(f.first_downloaded_at) AS downloaded, count(f.sent_at) AS sent,
                               count(*) FILTER (WHERE f.first_downloaded_at IS NOT NULL OR f.sent_at IS NOT NULL) AS delivered
                        FROM wage_survey_enterprise e LEFT JOIN wage_feedback_report f ON f.survey_enterprise_id = e.id
                        WHERE e.year = :year AND e.status = 'ACCEPTED' AND %s
                        GROUP BY e.region_code ORDER BY e.region_code""".formatted(s.sql()))
                .params(s.params()).param("year", year)
                .query((rs, n) -> new RegionFigure(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).list();
    }

    /** The outbox reports a sent report mail: the report counts as delivered. */
    @EventListener
    void sent(NotificationSent event) {
        if (event.reference() == null || !event.reference().startsWith(FeedbackAttachments.PREFIX + ":")) return;
        long id = Long.parseLong(event.reference().substring(FeedbackAttachments.PREFIX.length() + 1));
        jdbc.sql("UPDATE wage_feedback_report SET sent_at = :at WHERE id = :id AND sent_at IS NULL")
                .param("at", event.sentAt()).param("id", id).update();
    }

    private byte[] pdfOf(long id) {
        return jdbc.sql("SELECT pdf FROM wage_feedback_report WHERE id = :id").param("id", id).query(byte[].class).single();
    }

    static FeedbackBatch mapBatch(ResultSet rs, int n) throws SQLException {
        return new FeedbackBatch(rs.getLong("id"), rs.getInt("year"), rs.getLong("edition_id"), rs.getString("status"),
                rs.getInt("total"), rs.getInt("done"), rs.getInt("attempts"), rs.getString("error"), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }

    static ReportRow mapRow(ResultSet rs, int n) throws SQLException {
        return new ReportRow(rs.getLong("id"), rs.getInt("year"), rs.getString("uscc").trim(), rs.getString("region_code"),
                rs.getObject("generated_at", OffsetDateTime.class), rs.getObject("first_downloaded_at", OffsetDateTime.class),
                rs.getString("email"), rs.getObject("emailed_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));
    }
}
