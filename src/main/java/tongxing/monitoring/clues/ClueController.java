package tongxing.monitoring.clues;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 重点问题线索 screens: list with filters and export, new clue (from a signal or by hand), clue page with its steps. */
@Controller
@RequestMapping("/monitoring/clues")
class ClueController {

    private static final int PAGE_SIZE = 20;

    private final Clues clues;
    private final EnterpriseRegistry registry;
    private final Regions regions;
    private final AuditedXlsxDownload download;
    private final MessageSource messages;

    ClueController(Clues clues, EnterpriseRegistry registry, Regions regions, AuditedXlsxDownload download, MessageSource messages) {
        this.clues = clues;
        this.registry = registry;
        this.regions = regions;
        this.download = download;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean reportedUp,
                @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "1") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = staff();
        ClueFilter filter = filter(user, state, q, region, reportedUp, mine);
        model.addAttribute("filter", filter);
        model.addAttribute("result", clues.page(user, filter, page, PAGE_SIZE));
        model.addAttribute("today", Clues.today());
        model.addAttribute("regions", regions);
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        model.addAttribute("query", query(filter));
        if (htmx != null) return "monitoring/casework/clue-list :: results";
        return "monitoring/casework/clue-list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean reportedUp,
                @RequestParam(defaultValue = "false") boolean mine, HttpServletResponse response) throws IOException {
        CurrentUser user = staff();
        ClueFilter filter = filter(user, state, q, region, reportedUp, mine);
        LocalDate today = Clues.today();
        List<XlsxColumn<Clue>> columns = List.of(
                XlsxColumn.<Clue>of(text("casework.clue.no"), Clue::id).width(8),
                XlsxColumn.<Clue>of(text("casework.field.enterprise"), Clue::enterpriseName).width(30),
                XlsxColumn.<Clue>of(text("casework.field.uscc"), Clue::uscc).width(22),
                XlsxColumn.<Clue>of(text("casework.field.region"), c -> regions.name(c.regionCode())).width(12),
                XlsxColumn.<Clue>of(text("casework.clue.title"), Clue::title).width(30),
                XlsxColumn.<Clue>of(text("casework.clue.signal"),
                        c -> c.signalReason().in(messages, LocaleContextHolder.getLocale())).width(36),
                XlsxColumn.<Clue>of(text("casework.clue.assignee"), Clue::assigneeName).width(16),
                XlsxColumn.<Clue>of(text("casework.clue.deadline"), Clue::deadline).width(12),
                XlsxColumn.<Clue>of(text("casework.clue.state"), c -> state(c, today)).width(10),
                XlsxColumn.<Clue>of(text("casework.clue.reportedUp"), c -> c.reportedUp() ? text("casework.yes") : text("casework.no")).width(8),
                XlsxColumn.<Clue>of(text("casework.clue.resolution"), Clue::resolution).width(36),
                XlsxColumn.<Clue>of(text("casework.clue.resolvedOn"), Clue::resolvedOn).width(12));
        download.send(response, text("casework.clue.title.list"), "clues", new XlsxExport<>(text("casework.clue.title.list"), columns),
                sink -> clues.stream(user, filter, sink), "monitoring_clue", "问题线索", filter.asParams());
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long signal, @RequestParam(required = false) String uscc, Model model) {
        CurrentUser user = staff();
        Map<String, String> form = new LinkedHashMap<>();
        if (signal != null) {
            Clues.SignalRef s = clues.signal(user.scope(), signal).orElseThrow(NotFoundException::new);
            form.put("signalId", String.valueOf(s.id()));
            form.put("uscc", s.uscc());
            form.put("title", SuggestedClueTitle.from(s.reason().in(messages, LocaleContextHolder.getLocale())));
            model.addAttribute("signal", s);
        } else if (uscc != null) form.put("uscc", uscc);
        form.put("deadline", Clues.today().plusDays(15).toString());
        return form(model, user, form, Map.of());
    }

    @PostMapping
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = staff();
        Map<String, String> errors = new LinkedHashMap<>();
        Long signalId = number(params.get("signalId"), "signalId", errors);
        Long assignee = number(params.get("assigneeId"), "assigneeId", errors);
        LocalDate deadline = date(params.get("deadline"), "deadline", errors);
        if (errors.isEmpty()) {
            try {
                long id = clues.create(user, new ClueData(signalId, params.get("uscc"), params.get("title"), params.get("description"),
                        assignee, deadline));
                redirect.addFlashAttribute("notice", text("casework.saved"));
                return "redirect:/monitoring/clues/" + id;
            } catch (ValidationException e) {
                e.violations().forEach(v -> errors.merge(v.field(), v.reason(), (a, b) -> a + "；" + b));
            }
        }
        if (signalId != null) clues.signal(user.scope(), signalId).ifPresent(s -> model.addAttribute("signal", s));
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return form(model, user, params, errors);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = staff();
        Clue c = clues.require(user, id);
        model.addAttribute("clue", c);
        model.addAttribute("steps", clues.steps(id));
        model.addAttribute("today", Clues.today());
        model.addAttribute("regionName", regions.name(c.regionCode()));
        model.addAttribute("mayHandle", Clues.mayHandle(user, c));
        model.addAttribute("mayReportUp", Clues.mayHandle(user, c) && !c.reportedUp() && user.scope() instanceof Scope.Region);
        model.addAttribute("mayNote", !c.resolved());
        model.addAttribute("assignees", clues.assignees(c.regionCode()));
        return "monitoring/casework/clue-detail";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String assigneeId,
                  @RequestParam(required = false) String deadline, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            Long a = number(assigneeId, "assigneeId", errors);
            LocalDate d = date(deadline, "deadline", errors);
            if (!errors.isEmpty()) throw new ValidationException(errors.entrySet().stream().map(e -> new Violation(e.getKey(), e.getValue())).toList());
            clues.assign(staff(), id, version, a, d, note);
        });
    }

    @PostMapping("/{id}/report-up")
    String reportUp(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> clues.reportUp(staff(), id, version, note));
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String resolution, RedirectAttributes r) {
        return act(id, r, () -> clues.resolve(staff(), id, version, resolution));
    }

    @PostMapping("/{id}/note")
    String note(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note, RedirectAttributes r) {
        return act(id, r, () -> clues.note(staff(), id, version, note));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", text("casework.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", String.join(text("casework.separator"), e.violations().stream().map(Violation::reason).toList()));
        }
        return "redirect:/monitoring/clues/" + id;
    }

    private String form(Model model, CurrentUser user, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        String region = user.scope() instanceof Scope.Region r ? r.regionCode() : null;
        String uscc = form.get("uscc");
        if (uscc != null && !uscc.isBlank())
            region = registry.find(user.scope(), uscc.trim()).map(e -> e.regionCode()).orElse(region);
        model.addAttribute("assignees", region == null ? clues.assignees(tongxing.platform.region.Regions.PROVINCE) : clues.assignees(region));
        return "monitoring/casework/clue-form";
    }

    private static CurrentUser staff() {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        return user;
    }

    private String state(Clue c, LocalDate today) {
        if (c.resolved()) return text("casework.clue.state.RESOLVED");
        return c.overdue(today) ? text("casework.clue.state.OVERDUE") : text("casework.clue.state.OPEN");
    }

    private static ClueFilter filter(CurrentUser user, String state, String q, String region, boolean reportedUp, boolean mine) {
        String s = state != null && List.of("OPEN", "RESOLVED", "OVERDUE").contains(state) ? state : null;
        return new ClueFilter(s, q == null || q.isBlank() ? null : q.trim(),
                user.scope() instanceof Scope.Province && region != null && !region.isBlank() ? region : null, reportedUp, mine);
    }

    private static String query(ClueFilter f) {
        StringBuilder sb = new StringBuilder();
        f.asParams().forEach((k, v) -> sb.append('&').append(k).append('=').append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private Long number(String s, String field, Map<String, String> errors) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            errors.put(field, text("casework.error.badFormat", s));
            return null;
        }
    }

    private LocalDate date(String s, String field, Map<String, String> errors) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, text("casework.error.badDate", s));
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
