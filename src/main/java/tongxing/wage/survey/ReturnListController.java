package tongxing.wage.survey;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.util.List;

/** 数据填报: the returns of a year with search, paging and the Excel export of the same filter. */
@Controller
@RequestMapping("/wage/returns")
class ReturnListController {

    private final ReturnSearch search;
    private final Surveys surveys;
    private final Regions regions;
    private final AuditedXlsxDownload download;

    ReturnListController(ReturnSearch search, Surveys surveys, Regions regions, AuditedXlsxDownload download) {
        this.search = search;
        this.surveys = surveys;
        this.regions = regions;
        this.download = download;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ReturnFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        ReturnFilter f = forUser(filter, user);
        model.addAttribute("filter", f);
        model.addAttribute("result", search.page(user.scope(), f, page));
        model.addAttribute("years", surveys.list());
        model.addAttribute("regions", regions.cities());
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        String q = f.queryString();
        model.addAttribute("pageLink", "/wage/returns?" + (q.isEmpty() ? "" : q + "&") + "page=");
        model.addAttribute("exportLink", "/wage/returns/export" + (q.isEmpty() ? "" : "?" + q));
        return "wage/returns";
    }

    @GetMapping("/export")
    void export(@ModelAttribute ReturnFilter filter, HttpServletResponse response) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        ReturnFilter f = forUser(filter, user);
        XlsxExport<ReturnRow> xlsx = new XlsxExport<>("薪酬调查填报", List.of(
                XlsxColumn.<ReturnRow>of("调查年度", ReturnRow::year).width(10),
                XlsxColumn.<ReturnRow>of("统一社会信用代码", ReturnRow::uscc).width(22),
                XlsxColumn.<ReturnRow>of("企业名称", ReturnRow::name).width(30),
                XlsxColumn.<ReturnRow>of("所属市县", ReturnRow::regionName),
                XlsxColumn.<ReturnRow>of("填报状态", r -> StatusNames.of(r.status())),
                XlsxColumn.<ReturnRow>of("从业人员", ReturnRow::employees),
                XlsxColumn.<ReturnRow>of("工资总额（元）", ReturnRow::totalPay),
                XlsxColumn.<ReturnRow>of("职工记录数", ReturnRow::recordCount),
                XlsxColumn.<ReturnRow>of("提交时间", r -> r.submittedAt() == null ? null : r.submittedAt().toLocalDateTime())));
        download.send(response, "薪酬调查填报", "wage-returns", xlsx, sink -> search.stream(user.scope(), f, sink),
                "wage_return", "薪酬调查填报", f.asParams());
    }

    /** A city user's filter is its own region; the year defaults to the latest survey. */
    private ReturnFilter forUser(ReturnFilter filter, CurrentUser user) {
        ReturnFilter f = filter == null ? new ReturnFilter(null, null, null, null) : filter;
        if (f.year() == null) f = f.withYear(surveys.latestYear().orElse(null));
        if (user.scope() instanceof Scope.Region r) f = f.withRegion(r.regionCode());
        return f;
    }
}
