package tongxing.wage.guideline;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 导出工资价位版本: the cells of one edition (draft, under review or published) as the staff page
 * lists them, with the sample sizes and the suppression reasons the public download leaves out.
 * Staff only, like the page; a suppressed cell has no values in the table, so none can leave.
 */
@Controller
class GuidelineExportController {

    private final Editions editions;
    private final GuidelineCells cells;
    private final DimensionLabels labels;
    private final MessageSource messages;
    private final AuditedXlsxDownload download;
    private final Texts texts;

    GuidelineExportController(Editions editions, GuidelineCells cells, DimensionLabels labels, MessageSource messages,
                              AuditedXlsxDownload download, Texts texts) {
        this.editions = editions;
        this.cells = cells;
        this.labels = labels;
        this.messages = messages;
        this.download = download;
        this.texts = texts;
    }

    @GetMapping("/wage/guidelines/{id:\\d+}/export")
    void export(@PathVariable long id, CellFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new AccessDeniedException("staff only");
        Edition e = editions.get(id);
        // before the download starts: an invalid filter is a 400 with its reason, not a broken file
        String scope = labels.label(filter.checked(texts).dimension(), filter.dimValue());
        String status = texts.stored(Editions.statusKey(e.status()));
        Map<String, Object> details = new LinkedHashMap<>(filter.asMap());
        details.put("edition", e.label());
        details.put("status", e.status().name());
        download.send(response, "工资价位_" + e.label() + "_" + status, "wage-guideline-" + e.year() + "-" + e.editionNo(),
                columns(scope, locale), sink -> cells.stream(id, filter, sink), "wage_guideline_edition",
                "工资价位 " + e.label() + "（" + status + "，" + labels.stored(filter.dimension(), filter.dimValue()) + "）", details);
    }

    private XlsxExport<GuidelineRow> columns(String scope, Locale l) {
        return new XlsxExport<>(text("wageguide.export.cell.file", l), List.of(
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.code", l), GuidelineRow::occupationCode).width(14),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.name", l), GuidelineRow::displayName).width(30),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.scope", l), r -> scope).width(20),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.employees", l), GuidelineRow::employees).width(10),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.enterprises", l), GuidelineRow::enterprises).width(10),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.p10", l), GuidelineRow::p10),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.p25", l), GuidelineRow::p25),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.p50", l), GuidelineRow::p50),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.p75", l), GuidelineRow::p75),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.p90", l), GuidelineRow::p90),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.mean", l), GuidelineRow::mean),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.yoy", l), GuidelineRow::yoyText),
                XlsxColumn.<GuidelineRow>of(text("wageguide.export.cell.suppressed", l), GuidelineRow::suppressedReason).width(30)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
