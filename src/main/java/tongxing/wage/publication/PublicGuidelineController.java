package tongxing.wage.publication;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.validation.ValidationException;
import tongxing.wage.guideline.CellFilter;
import tongxing.wage.guideline.DimensionLabels;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.GuidelineRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 工资价位公开查询, no login ({@code /public/**} is open): the published editions only. */
@Controller
class PublicGuidelineController {

    static final int PAGE_SIZE = 50;

    private final PublishedGuidelines published;
    private final DimensionLabels labels;
    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownership;
    private final AuditedXlsxDownload xlsx;
    private final GuidelinePdf pdf;
    private final AuditLog audit;
    private final Texts texts;

    PublicGuidelineController(PublishedGuidelines published, DimensionLabels labels, Regions regions, Industries industries,
                              OwnershipTypes ownership, AuditedXlsxDownload xlsx, GuidelinePdf pdf, AuditLog audit, Texts texts) {
        this.published = published;
        this.labels = labels;
        this.regions = regions;
        this.industries = industries;
        this.ownership = ownership;
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.audit = audit;
        this.texts = texts;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("regions", regions.cities());
        model.addAttribute("sections", industries.sections());
        model.addAttribute("ownershipTypes", ownership.all());
        model.addAttribute("sizes", DimensionLabels.sizes());
        model.addAttribute("sizeNames", labels.sizeNames());
        model.addAttribute("keyGroups", labels.keyGroups());
    }

    @GetMapping("/public/wage-guidelines")
    String page(@RequestParam(required = false) Integer year, CellFilter filter,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("years", published.years());
        model.addAttribute("filter", filter);
        Optional<Edition> edition = published.edition(year);
        model.addAttribute("edition", edition.orElse(null));
        if (edition.isEmpty()) return "public/wage-guidelines";
        Edition e = edition.get();
        try {
            model.addAttribute("scopeLabel", labels.label(filter.checked(texts).dimension(), filter.dimValue()));
            model.addAttribute("result", published.page(e, filter, page, PAGE_SIZE));
        } catch (ValidationException invalid) {
            model.addAttribute("violations", invalid.violations());
        }
        model.addAttribute("query", PublicLinks.query(e.year(), filter));
        return "public/wage-guidelines";
    }

    @GetMapping("/public/wage-guidelines.xlsx")
    void excel(@RequestParam(required = false) Integer year, CellFilter filter, HttpServletResponse response) throws IOException {
        Edition e = published.require(year);
        String scope = labels.stored(filter.checked(texts).dimension(), filter.dimValue());
        var details = new java.util.LinkedHashMap<String, Object>(filter.asMap());
        details.put("edition", e.label());
        xlsx.send(response, "工资价位_" + e.year(), "wage-guidelines-" + e.year(), GuidelineXlsx.export("工资价位", scope),
                sink -> published.stream(e, filter, sink), "wage_guideline_edition", "工资价位（" + scope + "）", details);
    }

    @GetMapping("/public/wage-guidelines.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year, CellFilter filter) {
        Edition e = published.require(year);
        String scope = labels.stored(filter.checked(texts).dimension(), filter.dimValue());
        List<GuidelineRow> rows = new ArrayList<>();
        published.stream(e, filter, r -> {
            if (rows.size() < GuidelinePdf.MAX_ROWS) rows.add(r);
        });
        byte[] bytes = pdf.render(e, scope, rows);
        audit.record(AuditAction.EXPORT, "wage_guideline_edition", String.valueOf(e.id()),
                "下载工资价位 PDF（" + scope + "）" + rows.size() + " 行", null, filter.asMap());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("工资价位_" + e.year() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
