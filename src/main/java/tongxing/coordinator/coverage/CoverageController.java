package tongxing.coordinator.coverage;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.coverage.CoverageIndicators.Indicator;
import tongxing.coordinator.registry.CoordinatorPage;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseCoverageQuery.Brief;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.exports.XlsxResponse;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** 覆盖情况: the indicators by region, the uncovered enterprises behind each number, and assigning them. */
@Controller
@RequestMapping("/coordinators/coverage")
class CoverageController {

    private static final int PAGE_SIZE = 50;

    private static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");

    private final CoverageIndicators indicators;
    private final CoverageFigures figures;
    private final CoverageAssignments assignments;
    private final EnterpriseCoverageQuery enterprises;
    private final Regions regions;
    private final MessageSource messages;
    private final AuditLog audit;
    private final AuditedXlsxDownload download;

    CoverageController(CoverageIndicators indicators, CoverageFigures figures, CoverageAssignments assignments,
                       EnterpriseCoverageQuery enterprises, Regions regions, MessageSource messages,
                       AuditLog audit, AuditedXlsxDownload download) {
        this.indicators = indicators;
        this.figures = figures;
        this.assignments = assignments;
        this.enterprises = enterprises;
        this.regions = regions;
        this.messages = messages;
        this.audit = audit;
        this.download = download;
    }

    @GetMapping
    String report(@RequestParam(required = false) String tag, Model model) {
        CurrentUser user = browser();
        CoverageReport report = indicators.report(user.scope(), tag);
        model.addAttribute("report", report);
        model.addAttribute("computedAt", report.computedAt() == null ? null : report.computedAt().atZone(HAINAN));
        model.addAttribute("tag", tag == null ? "" : tag.trim());
        model.addAttribute("province", user.scope() instanceof Scope.Province);
        model.addAttribute("mayWrite", CoordinatorAccess.mayWrite(user.role()));
        model.addAttribute("ownRegion", user.scope() instanceof Scope.Region r ? r.regionCode() : null);
        return "coordinators/coverage";
    }

    /** The indicator table as shown, one row per region and the total, for reporting upward. */
    @GetMapping("/export")
    void exportReport(@RequestParam(required = false) String tag, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = browser();
        CoverageReport report = indicators.report(user.scope(), tag);
        String lm = text("coordinator.coverage.largeMedium", locale), sm = text("coordinator.coverage.smallMicro", locale);
        List<XlsxColumn<CoverageReport.Row>> columns = new ArrayList<>();
        columns.add(XlsxColumn.<CoverageReport.Row>of(text("coordinator.field.region", locale), CoverageReport.Row::regionName).width(14));
        columns.addAll(shareColumns(lm, CoverageReport.Row::largeMedium, locale));
        columns.addAll(shareColumns(sm, CoverageReport.Row::smallMicro, locale));
        List<CoverageReport.Row> rows = new ArrayList<>(report.rows());
        rows.add(new CoverageReport.Row("", text(user.scope() instanceof Scope.Province ? "coordinator.coverage.province"
                : "coordinator.coverage.scopeTotal", locale), report.largeMediumTotal(), report.smallMicroTotal()));
        String title = text("coordinator.coverage.title", locale);
        download.send(response, title, "coordinator-coverage", new XlsxExport<>(title, columns), sink -> rows.forEach(sink),
                "coordinator_coverage", title, Map.of("tag", tag == null ? "" : tag.trim()));
    }

    private List<XlsxColumn<CoverageReport.Row>> shareColumns(String indicator, Function<CoverageReport.Row, CoverageShare> share,
                                                               Locale locale) {
        return List.of(
                XlsxColumn.<CoverageReport.Row>of(column(indicator, "coordinator.coverage.enterprises", locale), r -> share.apply(r).enterprises()).width(16),
                XlsxColumn.<CoverageReport.Row>of(column(indicator, "coordinator.coverage.covered", locale), r -> share.apply(r).covered()).width(16),
                XlsxColumn.<CoverageReport.Row>of(column(indicator, "coordinator.coverage.uncovered", locale), r -> share.apply(r).uncovered()).width(16),
                XlsxColumn.<CoverageReport.Row>of(column(indicator, "coordinator.coverage.share", locale), r -> share.apply(r).percentText()).width(16));
    }

    /** "indicator: figure", the heading of one column of an indicator. */
    private String column(String indicator, String figureKey, Locale locale) {
        return text("coordinator.coverage.column", locale, indicator, text(figureKey, locale));
    }

    @GetMapping("/uncovered")
    String uncovered(@RequestParam Indicator indicator, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String tag, @RequestParam(defaultValue = "1") int page, Model model,
                     Locale locale) {
        CurrentUser user = browser();
        String r = region(region, user.scope());
        EnterpriseCoverageQuery.UsccSource covered = indicators.covered(indicator);
        EnterpriseCoverageQuery.Universe universe = indicators.universe(indicator, tag);
        CoverageIndicators.Uncovered count = indicators.uncovered(user.scope(), indicator, tag, r);
        long total = count.count();
        int p = CoordinatorPage.clamp(page, total, PAGE_SIZE);
        List<Brief> rows = new ArrayList<>();
        enterprises.outside(user.scope(), universe, r, covered, (p - 1) * PAGE_SIZE, PAGE_SIZE, rows::add);
        String query = query(indicator, r, tag);
        model.addAttribute("result", new CoordinatorPage<>(rows, total, p, PAGE_SIZE));
        model.addAttribute("computedAt", count.computedAt() == null ? null : count.computedAt().atZone(HAINAN));
        model.addAttribute("links", new tongxing.coordinator.registry.web.ListLinks("/coordinators/coverage/uncovered", query));
        model.addAttribute("indicator", indicator);
        model.addAttribute("region", r);
        model.addAttribute("regionName", r == null ? null : regions.name(r));
        model.addAttribute("tag", tag);
        boolean mayAssign = indicator == Indicator.SMALL_MICRO && r != null && CoordinatorAccess.mayWrite(user.role())
                && CoordinatorScope.mayManage(user.scope(), r);
        model.addAttribute("mayAssign", mayAssign);
        model.addAttribute("grassroots", mayAssign ? choices(assignments.assignees(user.scope(), r), locale) : List.of());
        return "coordinators/uncovered";
    }

    @GetMapping("/uncovered/export")
    void export(@RequestParam Indicator indicator, @RequestParam(required = false) String region,
                @RequestParam(required = false) String tag, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = browser();
        String r = region(region, user.scope());
        XlsxExport<Brief> xlsx = new XlsxExport<>(text("coordinator.coverage.uncovered", locale), List.of(
                XlsxColumn.<Brief>of(text("enterprise.field.uscc", locale), Brief::uscc).width(22),
                XlsxColumn.<Brief>of(text("enterprise.field.name", locale), Brief::name).width(36),
                XlsxColumn.<Brief>of(text("enterprise.field.region", locale), b -> regions.name(b.regionCode())),
                XlsxColumn.<Brief>of(text("enterprise.field.sizeClass", locale), b -> text("enterprise.size." + b.sizeClass(), locale)),
                XlsxColumn.<Brief>of(text("enterprise.field.employees", locale), Brief::employees)));
        var out = XlsxResponse.start(response, XlsxResponse.fileName(text("coordinator.coverage.uncovered", locale)),
                XlsxResponse.fileName("uncovered"));
        long[] rows = {0};
        EnterpriseCoverageQuery.UsccSource covered = indicators.covered(indicator);
        xlsx.write(out, sink -> enterprises.outside(user.scope(), indicators.universe(indicator, tag), r, covered, 0, 0, b -> {
            sink.accept(b);
            rows[0]++;
        }));
        audit.record(AuditAction.EXPORT, "coordinator_coverage", r, "导出未覆盖企业 " + rows[0] + " 条", null,
                Map.of("indicator", indicator.name(), "region", r == null ? "" : r, "rows", rows[0]));
    }

    /** 重新计算: the province office recomputes every region's figures now instead of waiting for the scheduler. */
    @PostMapping("/refresh")
    String refresh(RedirectAttributes redirect, Locale locale) {
        CurrentUser user = browser();
        CoordinatorAccess.require(user.scope() instanceof Scope.Province);
        long started = System.nanoTime();
        figures.refreshAll();
        redirect.addFlashAttribute("message", text("coordinator.coverage.refreshed", locale,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
        return "redirect:/coordinators/coverage";
    }

    @PostMapping("/distribute")
    String distribute(@RequestParam String region, RedirectAttributes redirect, Locale locale) {
        CurrentUser user = writer();
        try {
            int n = assignments.distributeUncovered(user.scope(), region);
            redirect.addFlashAttribute("message", text("coordinator.coverage.distributed", locale, n));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", e.violations().get(0).reason());
        }
        return "redirect:/coordinators/coverage";
    }

    @PostMapping("/assign")
    String assign(@RequestParam long coordinatorId, @RequestParam(required = false) List<String> uscc,
                  @RequestParam(required = false) String usccList, @RequestParam String region,
                  RedirectAttributes redirect, Locale locale) {
        CurrentUser user = writer();
        List<String> all = new ArrayList<>(uscc == null ? List.of() : uscc);
        if (usccList != null) all.addAll(Arrays.asList(usccList.split("[\\s,，、;；]+")));
        try {
            int n = assignments.assign(user.scope(), coordinatorId, all);
            redirect.addFlashAttribute("message", text("coordinator.coverage.assigned", locale, n));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", e.violations().get(0).reason());
        }
        return "redirect:/coordinators/coverage/uncovered?" + query(Indicator.SMALL_MICRO, region, null);
    }

    @PostMapping("/remove")
    String remove(@RequestParam long coordinatorId, @RequestParam String uscc, RedirectAttributes redirect) {
        CurrentUser user = writer();
        assignments.remove(user.scope(), coordinatorId, uscc);
        redirect.addFlashAttribute("message", "coordinator.coverage.removed");
        return "redirect:/coordinators/" + coordinatorId;
    }

    /** An option of the assignment form. */
    record Choice(long id, String label) {
    }

    /** The labels are made here: a city can have a thousand grassroots coordinators, one option each. */
    private List<Choice> choices(List<CoverageAssignments.Assignee> assignees, Locale locale) {
        Map<tongxing.coordinator.WorkplaceType, String> posts = new java.util.EnumMap<>(tongxing.coordinator.WorkplaceType.class);
        return assignees.stream().map(a -> new Choice(a.id(), messages.getMessage("coordinator.coverage.assigneeLabel",
                new Object[]{a.name(), posts.computeIfAbsent(a.workplaceType(), t -> text("coordinator.workplace." + t, locale)),
                        a.covered()}, locale))).toList();
    }

    /** A region user always sees their own region; others may pick one or none (the whole province). */
    private static String region(String requested, Scope scope) {
        if (scope instanceof Scope.Region r) return r.regionCode();
        return requested == null || requested.isBlank() ? null : requested.trim();
    }

    private static String query(Indicator indicator, String region, String tag) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("indicator", indicator.name());
        if (region != null) b.queryParam("region", region);
        if (tag != null && !tag.isBlank()) b.queryParam("tag", tag.trim());
        return b.encode().build().getQuery();
    }

    private CurrentUser browser() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        return user;
    }

    private CurrentUser writer() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayWrite(user.role()));
        return user;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
