package tongxing.wage.service;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.wage.survey.Surveys;
import tongxing.wage.survey.WageAccess;

import java.io.IOException;
import java.util.List;

/** 个性化服务 (/wage/services): the 10% indicator by region, the list with search, paging and export, and the entry form. */
@Controller
@RequestMapping("/wage/services")
class ServiceController {

    private final ServiceRecords records;
    private final ServiceCoverage coverage;
    private final Surveys surveys;
    private final Regions regions;
    private final AuditedXlsxDownload download;

    ServiceController(ServiceRecords records, ServiceCoverage coverage, Surveys surveys, Regions regions,
                      AuditedXlsxDownload download) {
        this.records = records;
        this.coverage = coverage;
        this.surveys = surveys;
        this.regions = regions;
        this.download = download;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ServiceFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        ServiceFilter f = forUser(filter, user);
        model.addAttribute("filter", f);
        model.addAttribute("result", records.page(user.scope(), f, page));
        // The 10% target is the bureaus' indicator; an enterprise sees only the services it received.
        if (f.year() != null && user.role().isStaff()) model.addAttribute("coverage", coverage.of(user.scope(), f.year()));
        model.addAttribute("years", surveys.list());
        model.addAttribute("regions", regions.cities());
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        model.addAttribute("mayRecord", ServiceRecords.mayRecordAny(user));
        if (!model.containsAttribute("serviceForm")) {
            ServiceForm form = new ServiceForm();
            form.setYear(f.year());
            model.addAttribute("serviceForm", form);
        }
        String q = f.queryString();
        model.addAttribute("pageLink", "/wage/services?" + (q.isEmpty() ? "" : q + "&") + "page=");
        model.addAttribute("exportLink", "/wage/services/export" + (q.isEmpty() ? "" : "?" + q));
        model.addAttribute("backLink", "/wage/services" + (q.isEmpty() ? "" : "?" + q));
        return "wage/services";
    }

    @PostMapping
    String record(@ModelAttribute("serviceForm") ServiceForm form, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            records.record(user, form);
            redirect.addFlashAttribute("message", "wage.saved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("serviceForm", form);
            redirect.addFlashAttribute("violations", e.violations());
        }
        return "redirect:/wage/services" + (form.getYear() == null ? "" : "?year=" + form.getYear());
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        ServiceRecord r = records.require(user.scope(), id);
        try {
            records.delete(user, id, version);
            redirect.addFlashAttribute("message", "wage.service.deleted");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("wageErrors", e.violations().stream().map(Violation::reason).toList());
        } catch (OptimisticLockException e) {
            redirect.addFlashAttribute("wageErrors", List.of(e.getMessage()));
        }
        return "redirect:/wage/services?year=" + r.year();
    }

    @GetMapping("/export")
    void export(@ModelAttribute ServiceFilter filter, HttpServletResponse response) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        ServiceFilter f = forUser(filter, user);
        XlsxExport<ServiceRecord> xlsx = new XlsxExport<>("个性化服务", List.of(
                XlsxColumn.<ServiceRecord>of("调查年度", ServiceRecord::year).width(10),
                XlsxColumn.<ServiceRecord>of("统一社会信用代码", ServiceRecord::uscc).width(22),
                XlsxColumn.<ServiceRecord>of("企业名称", ServiceRecord::name).width(30),
                XlsxColumn.<ServiceRecord>of("所属市县", ServiceRecord::regionName),
                XlsxColumn.<ServiceRecord>of("服务日期", ServiceRecord::servedOn),
                XlsxColumn.<ServiceRecord>of("服务方式", r -> r.kind().label()).width(18),
                XlsxColumn.<ServiceRecord>of("服务人员", ServiceRecord::staff),
                XlsxColumn.<ServiceRecord>of("服务内容", ServiceRecord::content).width(60),
                XlsxColumn.<ServiceRecord>of("登记人", ServiceRecord::createdBy)));
        download.send(response, "个性化服务记录", "wage-services", xlsx, sink -> records.stream(user.scope(), f, sink),
                "wage_service_record", "个性化服务记录", f.asParams());
    }

    /** A city user's filter is its own region; the year defaults to the latest survey. */
    private ServiceFilter forUser(ServiceFilter filter, CurrentUser user) {
        ServiceFilter f = filter == null ? ServiceFilter.none() : filter;
        if (f.year() == null) f = f.withYear(surveys.latestYear().orElse(null));
        if (user.scope() instanceof Scope.Region r) f = f.withRegion(r.regionCode());
        return f;
    }
}
