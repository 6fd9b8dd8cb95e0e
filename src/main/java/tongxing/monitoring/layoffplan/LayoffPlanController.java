package tongxing.monitoring.layoffplan;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.i18n.Texts;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 裁员方案 screens: list, plan form, plan page with employees, import, report, review, opinion PDF. */
@Controller
@RequestMapping("/monitoring/layoff-plans")
class LayoffPlanController {

    private static final int PAGE_SIZE = 20;

    private final LayoffPlans plans;
    private final EmployeeImport employeeImport;
    private final GuidanceOpinionPdf pdf;
    private final Regions regions;
    private final AuditedXlsxDownload download;
    private final AuditLog audit;
    private final MessageSource messages;

    LayoffPlanController(LayoffPlans plans, EmployeeImport employeeImport, GuidanceOpinionPdf pdf, Regions regions,
                         AuditedXlsxDownload download, AuditLog audit, MessageSource messages) {
        this.plans = plans;
        this.employeeImport = employeeImport;
        this.pdf = pdf;
        this.regions = regions;
        this.download = download;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(defaultValue = "1") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = user();
        PlanFilter filter = filter(user, status, q, region);
        model.addAttribute("filter", filter);
        model.addAttribute("result", plans.page(user.scope(), filter, page, PAGE_SIZE));
        model.addAttribute("regions", regions);
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        model.addAttribute("statuses", LayoffPlanStatus.values());
        model.addAttribute("query", query(filter));
        if (htmx != null) return "monitoring/casework/layoff-list :: results";
        return "monitoring/casework/layoff-list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
        CurrentUser user = user();
        PlanFilter filter = filter(user, status, q, region);
        List<XlsxColumn<PlanRow>> columns = List.of(
                XlsxColumn.<PlanRow>of(text("casework.layoff.no"), PlanRow::id).width(8),
                XlsxColumn.<PlanRow>of(text("casework.field.uscc"), PlanRow::uscc).width(22),
                XlsxColumn.<PlanRow>of(text("casework.field.enterprise"), PlanRow::enterpriseName).width(32),
                XlsxColumn.<PlanRow>of(text("casework.field.region"), r -> regions.name(r.regionCode())).width(14),
                XlsxColumn.<PlanRow>of(text("casework.layoff.status"), r -> text(r.status().labelKey())).width(12),
                XlsxColumn.<PlanRow>of(text("casework.layoff.workforce"), PlanRow::workforce).width(10),
                XlsxColumn.<PlanRow>of(text("casework.layoff.cut"), PlanRow::cut).width(10),
                XlsxColumn.<PlanRow>of(text("casework.layoff.layoffOn"), PlanRow::layoffOn).width(12),
                XlsxColumn.<PlanRow>of(text("casework.layoff.submittedOn"), PlanRow::submittedOn).width(12),
                XlsxColumn.<PlanRow>of(text("casework.layoff.conclusion"),
                        r -> r.reviewConclusion() == null ? null : text("casework.layoff.conclusion." + r.reviewConclusion())).width(12),
                XlsxColumn.<PlanRow>of(text("casework.layoff.reviewedOn"), PlanRow::reviewedOn).width(12));
        download.send(response, text("casework.layoff.title"), "layoff-plans", new XlsxExport<>(text("casework.layoff.title"), columns),
                sink -> plans.stream(user.scope(), filter, sink), "layoff_plan", "裁员方案", filter.asParams());
    }

    @GetMapping("/new")
    String createForm(Model model) {
        CurrentUser user = user();
        PlanForm form = new PlanForm();
        if (user.role() == Role.ENTERPRISE) form.setUscc(user.enterpriseUscc());
        return form(model, form, null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        Map<String, String> errors = bindingErrors(binding);
        if (!errors.isEmpty()) return form(model, form, null, errors);
        try {
            long id = plans.create(user, form.data());
            redirect.addFlashAttribute("notice", text("casework.saved"));
            return "redirect:/monitoring/layoff-plans/" + id;
        } catch (ValidationException e) {
            return form(model, form, null, errors(e));
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        LayoffPlan plan = plans.require(user, id);
        if (!LayoffPlans.mayEdit(user, plan)) {
            redirect.addFlashAttribute("problem", text("casework.layoff.notEditable", text(plan.status().labelKey())));
            return "redirect:/monitoring/layoff-plans/" + id;
        }
        return form(model, PlanForm.of(plan), plan, Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = user();
        LayoffPlan plan = plans.require(user, id);
        Map<String, String> errors = bindingErrors(binding);
        if (!errors.isEmpty()) return form(model, form, plan, errors);
        try {
            plans.update(user, id, form.getVersion(), form.data());
        } catch (ValidationException e) {
            return form(model, form, plan, errors(e));
        }
        redirect.addFlashAttribute("notice", text("casework.saved"));
        return "redirect:/monitoring/layoff-plans/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, model, new EmployeeForm(), Map.of(), null);
    }

    @PostMapping("/{id}/employees")
    String addEmployee(@PathVariable long id, @RequestParam int version, @ModelAttribute("employee") EmployeeForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = bindingErrors(binding);
        if (errors.isEmpty()) {
            try {
                plans.addEmployees(user(), id, version, List.of(form.data()));
                redirect.addFlashAttribute("notice", text("casework.layoff.employeeAdded"));
                return "redirect:/monitoring/layoff-plans/" + id + "#employees";
            } catch (ValidationException e) {
                errors = errors(e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return detail(id, model, form, errors, null);
    }

    @PostMapping("/{id}/employees/{employeeId}/delete")
    String removeEmployee(@PathVariable long id, @PathVariable long employeeId, @RequestParam int version,
                          RedirectAttributes redirect) {
        try {
            plans.removeEmployee(user(), id, version, employeeId);
            redirect.addFlashAttribute("notice", text("casework.layoff.employeeRemoved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).reason());
        }
        return "redirect:/monitoring/layoff-plans/" + id + "#employees";
    }

    @GetMapping("/employees-template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        user();
        response.setContentType(XlsxExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(text("casework.layoff.templateFile"), StandardCharsets.UTF_8).build().toString());
        employeeImport.template(response.getOutputStream());
    }

    @PostMapping("/{id}/employees/import")
    String importEmployees(@PathVariable long id, @RequestParam int version,
                           @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        CurrentUser user = user();
        try {
            EmployeeImport.Result result = employeeImport.importFile(user, id, version, file);
            if (result.errors().isEmpty()) {
                audit.record(AuditAction.IMPORT, "layoff_plan", String.valueOf(id),
                        "导入裁减人员名单 " + result.rows().size() + " 人", null, Map.of("file", String.valueOf(file.getOriginalFilename())));
                redirect.addFlashAttribute("notice", text("casework.layoff.imported", result.rows().size()));
                return "redirect:/monitoring/layoff-plans/" + id + "#employees";
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return detail(id, model, new EmployeeForm(), Map.of(), result.errors());
        } catch (ImportProblem p) {
            redirect.addFlashAttribute("problem", messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).reason());
        }
        return "redirect:/monitoring/layoff-plans/" + id + "#employees";
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            plans.submit(user(), id, version);
            redirect.addFlashAttribute("notice", text("casework.layoff.submitted"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", join(e));
        }
        return "redirect:/monitoring/layoff-plans/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            plans.withdraw(user(), id, version);
            redirect.addFlashAttribute("notice", text("casework.layoff.withdrawn"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", join(e));
        }
        return "redirect:/monitoring/layoff-plans/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            plans.cancel(user(), id, version, reason);
            redirect.addFlashAttribute("notice", text("casework.layoff.cancelled"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", join(e));
        }
        return "redirect:/monitoring/layoff-plans/" + id;
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String conclusion,
                  @RequestParam(required = false) String opinion, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            plans.review(user(), id, version, conclusion, opinion);
            redirect.addFlashAttribute("notice", text("casework.layoff.reviewed"));
            return "redirect:/monitoring/layoff-plans/" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("reviewErrors", errors(e));
            model.addAttribute("reviewOpinion", opinion);
            model.addAttribute("reviewConclusion", conclusion);
            return detail(id, model, new EmployeeForm(), Map.of(), null);
        }
    }

    @GetMapping("/{id}/opinion.pdf")
    ResponseEntity<byte[]> opinion(@PathVariable long id) {
        CurrentUser user = user();
        LayoffPlan plan = plans.require(user, id);
        // the guidance opinion is an official document in the working language, whatever the reader's language
        byte[] body = pdf.render(plan, Texts.inWorkingLanguage(() -> plans.assess(plan)));
        audit.record(AuditAction.EXPORT, "layoff_plan", String.valueOf(id), "下载裁员方案指导意见书：" + plan.enterpriseName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(text("casework.layoff.pdfFile", String.valueOf(plan.id())), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String detail(long id, Model model, EmployeeForm employee, Map<String, String> errors,
                          List<EmployeeImport.RowError> importErrors) {
        CurrentUser user = user();
        LayoffPlan plan = plans.require(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("assessment", plans.assess(plan));
        model.addAttribute("mayEdit", LayoffPlans.mayEdit(user, plan));
        model.addAttribute("mayReview", LayoffPlans.mayReview(user, plan) && plan.status() == LayoffPlanStatus.SUBMITTED);
        model.addAttribute("mayWithdraw", LayoffPlans.mayWithdraw(user, plan));
        model.addAttribute("mayCancel", LayoffPlans.mayCancel(user, plan));
        model.addAttribute("employee", employee);
        model.addAttribute("errors", errors);
        model.addAttribute("importErrors", importErrors);
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("protectedStatuses", ProtectedStatus.values());
        model.addAttribute("regionName", regions.name(plan.regionCode()));
        if (!model.containsAttribute("reviewErrors")) model.addAttribute("reviewErrors", Map.of());
        return "monitoring/casework/layoff-detail";
    }

    private String form(Model model, PlanForm form, LayoffPlan plan, Map<String, String> errors) {
        CurrentUser user = user();
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        model.addAttribute("groundsList", LayoffGrounds.values());
        model.addAttribute("fixedEnterprise", user.role() == Role.ENTERPRISE || plan != null);
        return "monitoring/casework/layoff-form";
    }

    private static CurrentUser user() {
        CurrentUser user = CurrentUser.require();
        if (!LayoffPlans.mayUse(user.role())) throw new NotFoundException();
        return user;
    }

    private static PlanFilter filter(CurrentUser user, String status, String q, String region) {
        String st = status != null && java.util.Arrays.stream(LayoffPlanStatus.values()).anyMatch(s -> s.name().equals(status)) ? status : null;
        return new PlanFilter(st, q == null || q.isBlank() ? null : q.trim(),
                user.scope() instanceof Scope.Province && region != null && !region.isBlank() ? region : null);
    }

    private static String query(PlanFilter f) {
        StringBuilder sb = new StringBuilder();
        f.asParams().forEach((k, v) -> sb.append('&').append(k).append('=')
                .append(java.net.URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return sb.toString();
    }

    static Map<String, String> errors(ValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : e.violations()) errors.merge(v.field(), v.reason(), (a, b) -> a + "；" + b);
        return errors;
    }

    private static String join(ValidationException e) {
        return String.join("；", e.violations().stream().map(Violation::reason).toList());
    }

    private Map<String, String> bindingErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError fe : binding.getFieldErrors())
            errors.put(fe.getField(), text("casework.error.badFormat", String.valueOf(fe.getRejectedValue())));
        return errors;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
