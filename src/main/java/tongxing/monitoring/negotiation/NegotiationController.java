package tongxing.monitoring.negotiation;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 集体协商 screens: list with search and export, new record with an optional attachment, record page. */
@Controller
@RequestMapping("/monitoring/negotiations")
class NegotiationController {

    private static final int PAGE_SIZE = 20;

    private final Negotiations negotiations;
    private final Regions regions;
    private final AuditedXlsxDownload download;
    private final MessageSource messages;

    NegotiationController(Negotiations negotiations, Regions regions, AuditedXlsxDownload download, MessageSource messages) {
        this.negotiations = negotiations;
        this.regions = regions;
        this.download = download;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String subject,
                @RequestParam(required = false) String region, @RequestParam(defaultValue = "1") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = user();
        Negotiations.Filter filter = filter(user, q, subject, region);
        model.addAttribute("filter", filter);
        model.addAttribute("result", negotiations.page(user, filter, page, PAGE_SIZE));
        model.addAttribute("regions", regions);
        model.addAttribute("subjects", Negotiations.SUBJECTS);
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        model.addAttribute("query", query(filter));
        if (htmx != null) return "monitoring/casework/negotiation-list :: results";
        return "monitoring/casework/negotiation-list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String subject,
                @RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
        CurrentUser user = user();
        Negotiations.Filter filter = filter(user, q, subject, region);
        List<XlsxColumn<Negotiation>> columns = List.of(
                XlsxColumn.<Negotiation>of(text("casework.field.enterprise"), Negotiation::enterpriseName).width(30),
                XlsxColumn.<Negotiation>of(text("casework.field.uscc"), Negotiation::uscc).width(22),
                XlsxColumn.<Negotiation>of(text("casework.field.region"), n -> regions.name(n.regionCode())).width(12),
                XlsxColumn.<Negotiation>of(text("casework.negotiation.heldOn"), Negotiation::heldOn).width(12),
                XlsxColumn.<Negotiation>of(text("casework.negotiation.parties"), Negotiation::parties).width(30),
                XlsxColumn.<Negotiation>of(text("casework.negotiation.subjects"), n -> subjects(n.subjects())).width(24),
                XlsxColumn.<Negotiation>of(text("casework.negotiation.agreement"), Negotiation::agreement).width(50),
                XlsxColumn.<Negotiation>of(text("casework.negotiation.workersCovered"), Negotiation::workersCovered).width(12));
        download.send(response, text("casework.negotiation.title"), "negotiations", new XlsxExport<>(text("casework.negotiation.title"), columns),
                sink -> negotiations.stream(user, filter, sink), "monitoring_negotiation", "集体协商记录", filter.asParams());
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String uscc, Model model) {
        CurrentUser user = user();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("uscc", user.role() == Role.ENTERPRISE ? user.enterpriseUscc() : uscc);
        form.put("subjects", List.of());
        return form(model, form, Map.of());
    }

    @PostMapping
    String create(@RequestParam(required = false) String uscc, @RequestParam(required = false) String heldOn,
                  @RequestParam(required = false) String parties, @RequestParam(required = false) List<String> subjects,
                  @RequestParam(required = false) String agreement, @RequestParam(required = false) String workersCovered,
                  @RequestParam(value = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        CurrentUser user = user();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate held = null;
        Integer workers = null;
        try {
            if (heldOn != null && !heldOn.isBlank()) held = LocalDate.parse(heldOn.trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("heldOn", text("casework.error.badDate", heldOn));
        }
        try {
            if (workersCovered != null && !workersCovered.isBlank()) workers = Integer.parseInt(workersCovered.trim());
        } catch (NumberFormatException e) {
            errors.put("workersCovered", text("casework.error.notInteger", workersCovered));
        }
        if (errors.isEmpty()) {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                long id = negotiations.create(user, new Negotiations.Data(uscc, held, parties, subjects == null ? List.of() : subjects,
                        agreement, workers, hasFile ? file.getOriginalFilename() : null, hasFile ? file.getContentType() : null,
                        hasFile ? file.getBytes() : null));
                redirect.addFlashAttribute("notice", text("casework.saved"));
                return "redirect:/monitoring/negotiations/" + id;
            } catch (ValidationException e) {
                e.violations().forEach(v -> errors.merge(v.field(), v.reason(), (a, b) -> a + text("casework.separator") + b));
            }
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("uscc", uscc);
        form.put("heldOn", heldOn);
        form.put("parties", parties);
        form.put("subjects", subjects == null ? List.of() : subjects);
        form.put("agreement", agreement);
        form.put("workersCovered", workersCovered);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return form(model, form, errors);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Negotiation n = negotiations.require(user(), id);
        model.addAttribute("n", n);
        model.addAttribute("regionName", regions.name(n.regionCode()));
        model.addAttribute("subjectText", subjects(n.subjects()));
        return "monitoring/casework/negotiation-detail";
    }

    @GetMapping("/{id}/attachment")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        Negotiations.Attachment a = negotiations.attachment(user(), id);
        MediaType type;
        try {
            type = a.type() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(a.type());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(a.name(), StandardCharsets.UTF_8).build().toString()).body(a.content());
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        negotiations.delete(user(), id);
        redirect.addFlashAttribute("notice", text("casework.negotiation.deleted"));
        return "redirect:/monitoring/negotiations";
    }

    private String form(Model model, Map<String, Object> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("subjects", Negotiations.SUBJECTS);
        model.addAttribute("fixedEnterprise", CurrentUser.require().role() == Role.ENTERPRISE);
        return "monitoring/casework/negotiation-form";
    }

    private String subjects(List<String> codes) {
        return String.join(text("casework.listSeparator"), codes.stream().map(c -> text("casework.negotiation.subject." + c)).toList());
    }

    private static CurrentUser user() {
        CurrentUser user = CurrentUser.require();
        if (!Negotiations.mayUse(user.role())) throw new NotFoundException();
        return user;
    }

    private static Negotiations.Filter filter(CurrentUser user, String q, String subject, String region) {
        return new Negotiations.Filter(q == null || q.isBlank() ? null : q.trim(),
                subject != null && Negotiations.SUBJECTS.contains(subject) ? subject : null,
                user.scope() instanceof Scope.Province && region != null && !region.isBlank() ? region : null);
    }

    private static String query(Negotiations.Filter f) {
        StringBuilder sb = new StringBuilder();
        f.asParams().forEach((k, v) -> sb.append('&').append(k).append('=').append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
