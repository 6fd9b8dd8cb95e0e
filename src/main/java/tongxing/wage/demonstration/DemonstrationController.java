package tongxing.wage.demonstration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.wage.survey.WageAccess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 薪酬改革示范 (/wage/demonstrations): the list with search, paging, the year's counts against the plan's
 * ranges and the export for the national office; one demonstration with its write-up and attachments.
 */
@Controller
@RequestMapping("/wage/demonstrations")
class DemonstrationController {

    private final Demonstrations demonstrations;
    private final Attachments attachments;
    private final DemonstrationAccess access;
    private final Regions regions;
    private final AuditedXlsxDownload download;
    private final Texts texts;

    DemonstrationController(Demonstrations demonstrations, Attachments attachments, DemonstrationAccess access,
                            Regions regions, AuditedXlsxDownload download, Texts texts) {
        this.demonstrations = demonstrations;
        this.attachments = attachments;
        this.access = access;
        this.regions = regions;
        this.download = download;
        this.texts = texts;
    }

    @GetMapping
    String list(@ModelAttribute("filter") DemonstrationFilter filter, @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        DemonstrationFilter f = forUser(filter, user);
        int year = f.year() != null ? f.year() : LocalDate.now().getYear();
        model.addAttribute("filter", f);
        model.addAttribute("result", demonstrations.page(user.scope(), f, page));
        model.addAttribute("countYear", year);
        model.addAttribute("counts", demonstrations.counts(year));
        model.addAttribute("kinds", DemonstrationKind.values());
        model.addAttribute("regions", regions.cities());
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        Set<DemonstrationKind> manageable = access.manageable(user);
        model.addAttribute("manageable", manageable);
        if (!model.containsAttribute("demoForm")) {
            DemonstrationForm form = new DemonstrationForm();
            form.setYear(year);
            if (manageable.size() == 1) form.setKind(manageable.iterator().next().name());
            model.addAttribute("demoForm", form);
        }
        String q = f.queryString();
        model.addAttribute("pageLink", "/wage/demonstrations?" + (q.isEmpty() ? "" : q + "&") + "page=");
        model.addAttribute("exportLink", "/wage/demonstrations/export" + (q.isEmpty() ? "" : "?" + q));
        return "wage/demonstrations";
    }

    @PostMapping
    String create(@ModelAttribute("demoForm") DemonstrationForm form, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            long id = demonstrations.create(user, form);
            redirect.addFlashAttribute("message", "wage.saved");
            return "redirect:/wage/demonstrations/" + id;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("demoForm", form);
            redirect.addFlashAttribute("violations", e.violations());
            return "redirect:/wage/demonstrations";
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = WageAccess.requireBrowse();
        Demonstration d = demonstrations.require(user.scope(), id);
        model.addAttribute("demo", d);
        model.addAttribute("attachments", attachments.of(id));
        Set<DemonstrationKind> manageable = access.manageable(user);
        model.addAttribute("mayManage", manageable.contains(d.kind()));
        model.addAttribute("kinds", manageable);
        if (!model.containsAttribute("demoForm")) model.addAttribute("demoForm", DemonstrationForm.of(d));
        return "wage/demonstration";
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("demoForm") DemonstrationForm form, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            demonstrations.update(user, id, form);
            redirect.addFlashAttribute("message", "wage.saved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("demoForm", form);
            redirect.addFlashAttribute("violations", e.violations());
        } catch (OptimisticLockException e) {
            redirect.addFlashAttribute("wageErrors", List.of(e.getMessage()));
        }
        return "redirect:/wage/demonstrations/" + id;
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            demonstrations.delete(user, id, version);
            redirect.addFlashAttribute("message", "wage.demo.deleted");
            return "redirect:/wage/demonstrations";
        } catch (OptimisticLockException e) {
            redirect.addFlashAttribute("wageErrors", List.of(e.getMessage()));
            return "redirect:/wage/demonstrations/" + id;
        }
    }

    @PostMapping("/{id:\\d+}/attachments")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        try {
            if (file == null || file.isEmpty()) throw new ValidationException("file", texts.get("wage.demo.attachment.missing"));
            try (InputStream in = file.getInputStream()) {
                attachments.upload(user, id, file.getOriginalFilename(), in);
            }
            redirect.addFlashAttribute("message", "wage.demo.uploaded");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("wageErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/wage/demonstrations/" + id + "#attachments";
    }

    @GetMapping("/attachments/{aid:\\d+}")
    ResponseEntity<Resource> downloadAttachment(@PathVariable long aid) {
        CurrentUser user = WageAccess.requireBrowse();
        Attachment a = attachments.find(user.scope(), aid);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(attachments.file(a)));
    }

    @PostMapping("/attachments/{aid:\\d+}/delete")
    String deleteAttachment(@PathVariable long aid, RedirectAttributes redirect) {
        CurrentUser user = WageAccess.requireBrowse();
        Attachment a = attachments.find(user.scope(), aid);
        attachments.delete(user, aid);
        redirect.addFlashAttribute("message", "wage.demo.attachmentDeleted");
        return "redirect:/wage/demonstrations/" + a.demonstrationId() + "#attachments";
    }

    /** The list of the filter for the report to the national office (全国示范情况报送). */
    @GetMapping("/export")
    void export(@ModelAttribute DemonstrationFilter filter, HttpServletResponse response) throws IOException {
        CurrentUser user = WageAccess.requireBrowse();
        DemonstrationFilter f = forUser(filter, user);
        XlsxExport<Demonstration> xlsx = new XlsxExport<>("薪酬分配制度改革示范", List.of(
                XlsxColumn.<Demonstration>of("年度", Demonstration::year).width(8),
                XlsxColumn.<Demonstration>of("示范类型", d -> d.kind().label()),
                XlsxColumn.<Demonstration>of("统一社会信用代码", Demonstration::uscc).width(22),
                XlsxColumn.<Demonstration>of("企业名称", Demonstration::name).width(30),
                XlsxColumn.<Demonstration>of("所属市县", Demonstration::regionName),
                XlsxColumn.<Demonstration>of("示范项目", Demonstration::title).width(30),
                XlsxColumn.<Demonstration>of("改革做法与成效", Demonstration::practice).width(80),
                XlsxColumn.<Demonstration>of("附件数", Demonstration::attachmentCount).width(8),
                XlsxColumn.<Demonstration>of("录入人", Demonstration::createdBy),
                XlsxColumn.<Demonstration>of("更新时间", d -> d.updatedAt().toLocalDateTime())));
        download.send(response, "薪酬分配制度改革示范", "wage-demonstrations", xlsx,
                sink -> demonstrations.stream(user.scope(), f, sink), "wage_demonstration", "薪酬分配制度改革示范", f.asParams());
    }

    private static DemonstrationFilter forUser(DemonstrationFilter filter, CurrentUser user) {
        DemonstrationFilter f = filter == null ? DemonstrationFilter.none() : filter;
        if (user.scope() instanceof Scope.Region r) f = f.withRegion(r.regionCode());
        return f;
    }
}
