package tongxing.wage.collection;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.exports.XlsxResponse;
import tongxing.platform.imports.ImportProblem;
import tongxing.platform.imports.excel.TemplateWriter;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;
import tongxing.wage.occupation.OccupationTable;
import tongxing.wage.survey.WageAccess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 填报详情 (/wage/returns/{id}): the enterprise form, the upload with its row-level report, and the bureau's review. */
@Controller
@RequestMapping("/wage/returns")
class ReturnController {

    private final SurveyReturns returns;
    private final ReturnWorkflow workflow;
    private final RecordUpload upload;
    private final UploadHistory history;
    private final OccupationTable occupations;
    private final EnterpriseRegistry registry;
    private final Industries industries;
    private final OwnershipTypes ownerships;
    private final Regions regions;
    private final AuditedXlsxDownload download;
    private final MessageSource messages;

    ReturnController(SurveyReturns returns, ReturnWorkflow workflow, RecordUpload upload, UploadHistory history,
                     OccupationTable occupations, EnterpriseRegistry registry, Industries industries,
                     OwnershipTypes ownerships, Regions regions, AuditedXlsxDownload download, MessageSource messages) {
        this.returns = returns;
        this.workflow = workflow;
        this.upload = upload;
        this.history = history;
        this.occupations = occupations;
        this.registry = registry;
        this.industries = industries;
        this.ownerships = ownerships;
        this.regions = regions;
        this.download = download;
        this.messages = messages;
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        SurveyReturn r = returns.require(user.scope(), id);
        if (!model.containsAttribute("form")) {
            ReturnForm form = ReturnForm.of(r);
            boolean prefilled = ReturnTransitions.mayEdit(user, r).isEmpty()
                    && registry.find(user.scope(), r.uscc()).map(form::prefillFrom).orElse(false);
            model.addAttribute("form", form);
            model.addAttribute("prefilled", prefilled);
        }
        model.addAttribute("ret", r);
        model.addAttribute("enterpriseName", registry.names(user.scope(), List.of(r.uscc())).getOrDefault(r.uscc(), r.uscc()));
        model.addAttribute("regionName", regions.name(r.regionCode()));
        model.addAttribute("problems", workflow.problems(r));
        model.addAttribute("mayEdit", ReturnTransitions.mayEdit(user, r).isEmpty());
        model.addAttribute("maySubmit", ReturnTransitions.maySubmit(user, r).isEmpty()
                && (r.status() == tongxing.wage.survey.ReturnStatus.RETURNED || r.status() == tongxing.wage.survey.ReturnStatus.NOT_STARTED));
        model.addAttribute("maySendBack", ReturnTransitions.maySendBack(user, r).isEmpty());
        model.addAttribute("mayAccept", ReturnTransitions.mayAccept(user, r).isEmpty());
        List<UploadHistory.Upload> uploads = history.of(id);
        model.addAttribute("uploads", uploads);
        if (!uploads.isEmpty()) model.addAttribute("latestIssues", history.issues(uploads.get(0).id(), 200));
        model.addAttribute("regions", regions.cities());
        model.addAttribute("ownershipTypes", ownerships.assignable());
        model.addAttribute("sizeClasses", SizeClass.values());
        return "wage/return";
    }

    @PostMapping("/{id:\\d+}/form")
    String saveForm(@PathVariable long id, @ModelAttribute("form") ReturnForm form, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            workflow.saveForm(user, id, form);
            redirect.addFlashAttribute("message", "wage.saved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("violations", e.violations());
        } catch (tongxing.platform.validation.OptimisticLockException e) {
            redirect.addFlashAttribute("wageErrors", List.of(e.getMessage()));
        }
        return "redirect:/wage/returns/" + id;
    }

    @PostMapping("/{id:\\d+}/upload")
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect, Locale locale) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        returns.require(user.scope(), id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("wageErrors", List.of(messages.getMessage("wage.upload.error.noFile", null, locale)));
            return "redirect:/wage/returns/" + id;
        }
        Path tmp = Files.createTempFile("wage-upload-", ".bin");
        try {
            file.transferTo(tmp);
            RecordUpload.Result result = upload.upload(user, id, tmp, file.getOriginalFilename());
            redirect.addFlashAttribute("uploadResult", result);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("wageErrors", e.violations().stream().map(Violation::reason).toList());
        } catch (ImportProblem e) {
            redirect.addFlashAttribute("wageErrors", List.of(messages.getMessage(e.messageKey(), e.args(), locale)));
        } finally {
            Files.deleteIfExists(tmp);
        }
        return "redirect:/wage/returns/" + id;
    }

    @PostMapping("/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        return act(id, redirect, user -> workflow.confirmWarnings(user, id, version));
    }

    @PostMapping("/{id:\\d+}/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        return act(id, redirect, user -> workflow.submit(user, id, version));
    }

    @PostMapping("/{id:\\d+}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        return act(id, redirect, user -> workflow.sendBack(user, id, version, reason));
    }

    @PostMapping("/{id:\\d+}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        return act(id, redirect, user -> workflow.accept(user, id, version));
    }

    /** The employee-record template, with the loaded occupation codes on its 填写说明 sheet. */
    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        WageAccess.requireBrowse();
        OutputStream out = XlsxResponse.start(response, XlsxResponse.fileName("职工薪酬明细模板"), "wage-records-template.xlsx");
        TemplateWriter.write(out, "职工薪酬明细", EmployeeColumns.COLUMNS, EmployeeColumns.codeLists(occupations),
                new TemplateWriter.Labels("填写说明", "每行填写一名职工本年度的薪酬；带 * 的列必填。不填写姓名和身份证号。",
                        "列名", "必填", "示例", "说明", "是", "否", "代码", "名称"));
    }

    /** The row-level report of one upload: row, column, value, reason, level. */
    @GetMapping("/{id:\\d+}/uploads/{uploadId:\\d+}/report.xlsx")
    void report(@PathVariable long id, @PathVariable long uploadId, HttpServletResponse response) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        returns.require(user.scope(), id);
        if (!history.belongsTo(uploadId, id)) throw new NotFoundException();
        XlsxExport<RowIssue> xlsx = new XlsxExport<>("校验报告", List.of(
                XlsxColumn.<RowIssue>of("行号", RowIssue::lineNo).width(8),
                XlsxColumn.<RowIssue>of("列", RowIssue::column),
                XlsxColumn.<RowIssue>of("填写值", RowIssue::value),
                XlsxColumn.<RowIssue>of("原因", RowIssue::reason).width(70),
                XlsxColumn.<RowIssue>of("级别", i -> i.severity() == RowIssue.Severity.ERROR ? "错误" : "待确认")));
        download.send(response, "薪酬填报校验报告", "wage-upload-report", xlsx, sink -> history.streamIssues(uploadId, sink),
                "wage_upload", "薪酬填报校验报告", Map.of("upload", uploadId));
    }

    private String act(long id, RedirectAttributes redirect, java.util.function.Consumer<CurrentUser> action) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            action.accept(user);
            redirect.addFlashAttribute("message", "wage.done");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("wageErrors", e.violations().stream().map(Violation::reason).toList());
        } catch (tongxing.platform.validation.OptimisticLockException e) {
            // The page was stale (the enterprise or another bureau acted meanwhile): say so on the reloaded page.
            redirect.addFlashAttribute("wageErrors", List.of(e.getMessage()));
        }
        return "redirect:/wage/returns/" + id;
    }
}
