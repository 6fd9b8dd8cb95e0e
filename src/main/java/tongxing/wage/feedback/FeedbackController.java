package tongxing.wage.feedback;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** 反馈报告: the enterprise downloads its own; staff generate, follow delivery and e-mail within their scope. */
@Controller
class FeedbackController {

    static final int PAGE_SIZE = 50;

    private final FeedbackReports reports;
    private final FeedbackExport export;
    private final Regions regions;

    FeedbackController(FeedbackReports reports, FeedbackExport export, Regions regions) {
        this.reports = reports;
        this.export = export;
        this.regions = regions;
    }

    @GetMapping("/wage/feedback")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.ENTERPRISE) {
            model.addAttribute("reports", reports.own(user.scope()));
            return "wage/guide/feedback-mine";
        }
        if (!user.role().isStaff()) throw new org.springframework.security.access.AccessDeniedException("staff only");
        int y = year != null ? year : LocalDate.now().getYear() - 1;
        String r = region == null || region.isBlank() ? null : region;
        model.addAttribute("year", y);
        model.addAttribute("region", r);
        model.addAttribute("regions", regions.cities());
        model.addAttribute("regionNames", regions);
        model.addAttribute("mayGenerate", user.role() == Role.PROVINCE_ADMIN);
        model.addAttribute("batch", reports.latestBatch(y).orElse(null));
        List<FeedbackReports.RegionFigure> figures = reports.indicator(user.scope(), y);
        model.addAttribute("figures", figures);
        long accepted = figures.stream().mapToLong(FeedbackReports.RegionFigure::accepted).sum();
        long delivered = figures.stream().mapToLong(FeedbackReports.RegionFigure::delivered).sum();
        model.addAttribute("total", new FeedbackReports.RegionFigure(null, accepted,
                figures.stream().mapToLong(FeedbackReports.RegionFigure::generated).sum(),
                figures.stream().mapToLong(FeedbackReports.RegionFigure::downloaded).sum(),
                figures.stream().mapToLong(FeedbackReports.RegionFigure::sent).sum(), delivered));
        long count = reports.count(user.scope(), y, r);
        int p = Math.max(0, page);
        model.addAttribute("reports", reports.list(user.scope(), y, r, PAGE_SIZE, p * PAGE_SIZE));
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("count", count);
        return "wage/guide/feedback";
    }

    /** 导出送达情况: every accepted enterprise of the year in the caller's scope with its report's delivery. */
    @GetMapping("/wage/feedback/export")
    void export(@RequestParam int year, @RequestParam(required = false) String region, HttpServletResponse response,
                Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new org.springframework.security.access.AccessDeniedException("staff only");
        export.write(user.scope(), year, region == null || region.isBlank() ? null : region.trim(), response, locale);
    }

    /** The progress card, polled by htmx while a batch runs. */
    @GetMapping("/wage/feedback/batches/{id:\\d+}")
    String progress(@PathVariable long id, Model model) {
        if (!CurrentUser.require().role().isStaff()) throw new org.springframework.security.access.AccessDeniedException("staff only");
        model.addAttribute("batch", reports.batch(id));
        return "wage/guide/feedback :: progress";
    }

    @PostMapping("/wage/feedback/batches")
    String generate(@RequestParam int year, RedirectAttributes redirect) {
        reports.start(year);
        redirect.addFlashAttribute("message", "wageguide.feedback.started");
        return "redirect:/wage/feedback?year=" + year;
    }

    @GetMapping("/wage/feedback/reports/{id:\\d+}.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        byte[] pdf = reports.download(CurrentUser.require(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("薪酬调查反馈报告_" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @PostMapping("/wage/feedback/reports/{id:\\d+}/email")
    String email(@PathVariable long id, @RequestParam String email, @RequestParam int year, RedirectAttributes redirect) {
        reports.email(CurrentUser.require(), id, email);
        redirect.addFlashAttribute("message", "wageguide.feedback.emailQueued");
        return "redirect:/wage/feedback?year=" + year;
    }
}
