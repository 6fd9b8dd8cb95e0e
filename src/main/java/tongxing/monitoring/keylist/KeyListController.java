package tongxing.monitoring.keylist;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.detection.DetectionRule;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.industry.Industries;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** 重点企业清单: search form, paged table, Excel export of the same filter. Staff only. */
@Controller
@RequestMapping("/monitoring/key-enterprises")
class KeyListController {

    private final KeyListQuery query;
    private final Regions regions;
    private final Industries industries;
    private final Detection detection;
    private final AuditedXlsxDownload download;
    private final MessageSource messages;

    KeyListController(KeyListQuery query, Regions regions, Industries industries, Detection detection,
                      AuditedXlsxDownload download, MessageSource messages) {
        this.query = query;
        this.regions = regions;
        this.industries = industries;
        this.detection = detection;
        this.download = download;
        this.messages = messages;
    }

    @GetMapping
    String list(@ModelAttribute("filter") KeyListFilter filter, @RequestParam(defaultValue = "1") String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        CurrentUser user = staff();
        KeyListFilter f = forScope(filter, user.scope());
        model.addAttribute("filter", f);
        model.addAttribute("result", query.page(user.scope(), f, parsePage(page)));
        model.addAttribute("links", new Links(f));
        model.addAttribute("ruleTitles", ruleTitles());
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) return "monitoring/key-enterprises :: results";
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        model.addAttribute("regions", regions.cities());
        model.addAttribute("sections", industries.sections());
        model.addAttribute("industries", industries);
        model.addAttribute("rules", detection.rules());
        return "monitoring/key-enterprises";
    }

    @GetMapping("/export")
    void export(@ModelAttribute KeyListFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = staff();
        KeyListFilter f = forScope(filter, user.scope());
        // the export is the Chinese reporting format: its headers and rule names stay Chinese
        Map<String, String> titles = detection.rules().stream().collect(Collectors.toMap(DetectionRule::code, DetectionRule::title));
        var xlsx = new XlsxExport<KeyListRow>("重点企业清单", List.of(
                XlsxColumn.<KeyListRow>of("统一社会信用代码", KeyListRow::uscc).width(22),
                XlsxColumn.<KeyListRow>of("企业名称", KeyListRow::name).width(36),
                XlsxColumn.<KeyListRow>of("所属市县", KeyListRow::regionName),
                XlsxColumn.<KeyListRow>of("行业门类", r -> r.industrySection() == null ? null
                        : r.industrySection() + " " + industries.name(r.industrySection())).width(24),
                XlsxColumn.<KeyListRow>of("风险等级", r -> r.riskLevel() == null ? "人工纳入"
                        : messages.getMessage("feeds.risk." + r.riskLevel(), null, Locale.SIMPLIFIED_CHINESE)),
                XlsxColumn.<KeyListRow>of("预警原因", r -> r.ruleCodes().stream().map(c -> titles.getOrDefault(c, c))
                        .collect(Collectors.joining("；"))).width(50),
                XlsxColumn.<KeyListRow>of("检测月份", r -> r.detectedMonth() == null ? null : r.detectedMonth().toString().substring(0, 7)),
                XlsxColumn.<KeyListRow>of("人工调整", r -> r.override() == null ? null
                        : ("INCLUDE".equals(r.override()) ? "人工纳入：" : "人工移出：") + r.overrideReason()).width(30),
                XlsxColumn.<KeyListRow>of("列入日期", KeyListRow::listedSince)));
        download.send(response, "重点企业清单", "key-enterprises", xlsx, sink -> query.stream(user.scope(), f, sink),
                "monitoring_key_enterprise", "重点企业清单", f.asMap());
    }

    /** The rule names on screen, in the request's language. */
    Map<String, String> ruleTitles() {
        return detection.rules().stream().collect(Collectors.toMap(DetectionRule::code,
                r -> messages.getMessage(r.titleKey(), null, r.title(), LocaleContextHolder.getLocale())));
    }

    static CurrentUser staff() {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        return user;
    }

    private static KeyListFilter forScope(KeyListFilter filter, Scope scope) {
        return scope instanceof Scope.Province ? filter : filter.withRegion(null);
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Links that keep the current filter. */
    public record Links(KeyListFilter filter) {
        public String page(int page) {
            String q = filter.queryString();
            return "/monitoring/key-enterprises?" + (q.isEmpty() ? "" : q + "&") + "page=" + page;
        }

        public String export() {
            String q = filter.queryString();
            return "/monitoring/key-enterprises/export" + (q.isEmpty() ? "" : "?" + q);
        }
    }
}
