package tongxing.wage.feedback;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Excel file of the feedback reports' delivery (反馈报告送达情况), one row per accepted enterprise, audited. */
@Component
class FeedbackExport {

    private static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");

    private final FeedbackDeliveries deliveries;
    private final Regions regions;
    private final MessageSource messages;
    private final AuditedXlsxDownload download;

    FeedbackExport(FeedbackDeliveries deliveries, Regions regions, MessageSource messages, AuditedXlsxDownload download) {
        this.deliveries = deliveries;
        this.regions = regions;
        this.messages = messages;
        this.download = download;
    }

    void write(Scope scope, int year, String region, HttpServletResponse response, Locale locale) throws IOException {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("year", year);
        if (region != null) filter.put("region", region);
        download.send(response, text("wageguide.export.feedback.file", locale) + "_" + year, "wage-feedback-" + year,
                new XlsxExport<>(text("wageguide.export.feedback.file", locale), columns(year, locale)),
                sink -> deliveries.stream(scope, year, region, sink), "wage_feedback_report",
                year + " 年反馈报告送达情况", filter);
    }

    private List<XlsxColumn<FeedbackDeliveries.Delivery>> columns(int year, Locale l) {
        return List.of(
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.year", l), d -> year).width(10),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.uscc", l), FeedbackDeliveries.Delivery::uscc).width(22),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.name", l), FeedbackDeliveries.Delivery::name).width(30),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.region", l), d -> regions.name(d.regionCode())),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.status", l),
                        d -> text("wageguide.export.feedback.status." + d.status().name(), l)).width(20),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.generatedAt", l), d -> local(d.generatedAt())).width(18),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.downloadedAt", l), d -> local(d.firstDownloadedAt())).width(18),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.downloadedBy", l), FeedbackDeliveries.Delivery::firstDownloadedBy),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.email", l), FeedbackDeliveries.Delivery::email).width(28),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.emailedAt", l), d -> local(d.emailedAt())).width(18),
                XlsxColumn.<FeedbackDeliveries.Delivery>of(text("wageguide.export.feedback.sentAt", l), d -> local(d.sentAt())).width(18));
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(HAINAN).toLocalDateTime();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
