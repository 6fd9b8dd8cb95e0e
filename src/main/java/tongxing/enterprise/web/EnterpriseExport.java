package tongxing.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.enterprise.search.EnterpriseFilter;
import tongxing.enterprise.search.EnterpriseRow;
import tongxing.enterprise.search.EnterpriseSearch;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The registry export: the list's filter and scope, every column, the phone masked, an audit entry. */
@Component
class EnterpriseExport {

    private final EnterpriseSearch search;
    private final MessageSource messages;
    private final AuditedXlsxDownload download;

    EnterpriseExport(EnterpriseSearch search, MessageSource messages, AuditedXlsxDownload download) {
        this.search = search;
        this.messages = messages;
        this.download = download;
    }

    void write(Scope scope, EnterpriseFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        download.send(response, text("enterprise.export.file", locale), "enterprises",
                new XlsxExport<>(text("enterprise.export.sheet", locale), columns(locale)),
                sink -> search.stream(scope, filter, sink), "enterprise", "企业库", filter.asParams());
    }

    private List<XlsxColumn<EnterpriseRow>> columns(Locale l) {
        return List.of(
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.uscc", l), EnterpriseRow::uscc).width(22),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.name", l), EnterpriseRow::name).width(36),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.region", l), EnterpriseRow::regionName).width(14),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.industryCode", l), EnterpriseRow::industryCode).width(10),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.industry", l), EnterpriseRow::industryName).width(24),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.sizeClass", l),
                        r -> text("enterprise.size." + r.sizeClass().name(), l)).width(10),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.ownership", l), EnterpriseRow::ownershipName).width(18),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.employees", l), EnterpriseRow::employees).width(10),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.revenue", l), EnterpriseRow::revenue).width(14),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.assets", l), EnterpriseRow::assets).width(14),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.legalRepresentative", l), EnterpriseRow::legalRepresentative),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.contactPerson", l), EnterpriseRow::contactPerson),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.contactPhone", l), EnterpriseRow::maskedPhone),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.address", l), EnterpriseRow::address).width(36),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.establishedOn", l), EnterpriseRow::establishedOn).width(12),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.status", l),
                        r -> text("enterprise.status." + r.status(), l)).width(10),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.tags", l), r -> String.join("，", r.tags())).width(24),
                XlsxColumn.<EnterpriseRow>of(text("enterprise.field.updatedAt", l), EnterpriseRow::updatedAt).width(17));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
