package tongxing.wage.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The delivery of the feedback reports per enterprise (反馈报告送达情况), the read model of the
 * export: every accepted enterprise of the year within the caller's scope, with or without a
 * report, so that the bureau sees whom it still has to reach for the “100% feedback” indicator.
 */
@Component
class FeedbackDeliveries {

    /** How far a report got (texts in the bundle: wageguide.export.feedback.status.*). */
    enum Status {
        NOT_GENERATED, NOT_DELIVERED, EMAIL_QUEUED, SENT, DOWNLOADED
    }

    /** One accepted enterprise of the year and its report, if any. */
    record Delivery(String uscc, String name, String regionCode, Long reportId, OffsetDateTime generatedAt,
                    OffsetDateTime firstDownloadedAt, String firstDownloadedBy, String email, OffsetDateTime emailedAt,
                    OffsetDateTime sentAt) {

        Status status() {
            if (reportId == null) return Status.NOT_GENERATED;
            if (firstDownloadedAt != null) return Status.DOWNLOADED;
            if (sentAt != null) return Status.SENT;
            if (emailedAt != null) return Status.EMAIL_QUEUED;
            return Status.NOT_DELIVERED;
        }

        Delivery named(String n) {
            return new Delivery(uscc, n, regionCode, reportId, generatedAt, firstDownloadedAt, firstDownloadedBy, email,
                    emailedAt, sentAt);
        }
    }

    private static final int NAME_CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;

    FeedbackDeliveries(JdbcClient jdbc, EnterpriseRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The year's accepted enterprises in scope (optionally one region), by region and USCC. A year is thousands of rows. */
    void stream(Scope scope, int year, String region, Consumer<Delivery> sink) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        List<Delivery> rows = jdbc.sql("""
                        SELECT e.uscc, e.region_code, f.id, f.generated_at, f.first_downloaded_at, f.first_downloaded_by,
                               f.email, f.emailed_at, f.sent_at
                        FROM wage_survey_enterprise e LEFT JOIN wage_feedback_report f ON f.survey_enterprise_id = e.id
                        WHERE e.year = :year AND e.status = 'ACCEPTED'
                          AND (CAST(:region AS text) IS NULL OR e.region_code = :region) AND %s
                        ORDER BY e.region_code, e.uscc""".formatted(s.sql()))
                .params(s.params()).param("year", year).param("region", region)
                .query(FeedbackDeliveries::map).list();
        for (int i = 0; i < rows.size(); i += NAME_CHUNK) {
            List<Delivery> chunk = rows.subList(i, Math.min(rows.size(), i + NAME_CHUNK));
            Map<String, String> names = registry.names(scope, chunk.stream().map(Delivery::uscc).toList());
            for (Delivery d : chunk) sink.accept(d.named(names.get(d.uscc())));
        }
    }

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getString(1).trim(), null, rs.getString(2), rs.getObject(3, Long.class),
                rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
    }
}
