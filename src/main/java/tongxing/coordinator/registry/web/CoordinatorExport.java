package tongxing.coordinator.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.coordinator.registry.CoordinatorFilter;
import tongxing.coordinator.registry.CoordinatorRow;
import tongxing.coordinator.registry.CoordinatorSearch;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The list's export: same filter and scope, ID number and phone masked, audited. */
@Component
class CoordinatorExport {

    private final CoordinatorSearch search;
    private final MessageSource messages;
    private final AuditedXlsxDownload download;

    CoordinatorExport(CoordinatorSearch search, MessageSource messages, AuditedXlsxDownload download) {
        this.search = search;
        this.messages = messages;
        this.download = download;
    }

    void write(Scope scope, CoordinatorFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        download.send(response, text("coordinator.export.file", locale), "coordinators",
                new XlsxExport<>(text("coordinator.export.sheet", locale), columns(locale)),
                sink -> search.stream(scope, filter, sink), "coordinator", "协调员", filter.asParams());
    }

    private List<XlsxColumn<CoordinatorRow>> columns(Locale l) {
        return List.of(
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.name", l), CoordinatorRow::name).width(12),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.idNumber", l), CoordinatorRow::maskedIdNumber).width(22),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.sex", l),
                        r -> text(r.male() ? "coordinator.sex.male" : "coordinator.sex.female", l)).width(6),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.birthDate", l), CoordinatorRow::birthDate).width(12),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.phone", l), CoordinatorRow::maskedPhone),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.region", l), CoordinatorRow::regionName),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.workplaceType", l),
                        r -> text("coordinator.workplace." + r.workplaceType().name(), l)),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.enterpriseUscc", l), CoordinatorRow::enterpriseUscc).width(22),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.postName", l), CoordinatorRow::postName).width(28),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.fullTime", l),
                        r -> text("coordinator.fullTime." + r.fullTime(), l)).width(8),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.instructor", l),
                        r -> text("coordinator.instructor." + r.instructor(), l)).width(10),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.skillLevel", l),
                        r -> text("coordinator.level." + r.levelName(), l)),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.certificateNo", l), CoordinatorRow::certificateNo).width(18),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.certificateDate", l), CoordinatorRow::certificateDate).width(12),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.appointedOn", l), CoordinatorRow::appointedOn).width(12),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.trainingHours", l), CoordinatorRow::trainingHours).width(10),
                XlsxColumn.<CoordinatorRow>of(text("coordinator.field.goldYears", l), CoordinatorRow::goldYears).width(16));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
