package tongxing.coordinator.worklog;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.registry.web.CoordinatorDetails;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Adding a work log entry from a coordinator's page, and the figures per region. */
@Controller
@RequestMapping("/coordinators")
class WorkLogController {

    private final WorkLog workLog;
    private final CoordinatorDetails details;
    private final AuditedXlsxDownload download;
    private final MessageSource messages;
    private final Texts texts;

    WorkLogController(WorkLog workLog, CoordinatorDetails details, AuditedXlsxDownload download, MessageSource messages, Texts texts) {
        this.workLog = workLog;
        this.details = details;
        this.download = download;
        this.messages = messages;
        this.texts = texts;
    }

    @PostMapping("/{id:\\d+}/work-log")
    String add(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayView(user.role()));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = null;
        String rawDate = form.get("loggedOn");
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                on = LocalDate.parse(rawDate.trim());
            } catch (DateTimeParseException e) {
                errors.put("loggedOn", texts.get("coordinator.worklog.error.dateFormat"));
            }
        }
        WorkLogKind kind = null;
        try {
            String k = form.get("kind");
            kind = k == null || k.isBlank() ? null : WorkLogKind.valueOf(k);
        } catch (IllegalArgumentException e) {
            errors.put("kind", texts.get("coordinator.worklog.error.kindInvalid"));
        }
        try {
            if (!errors.isEmpty()) throw new ValidationException(errors.keySet().iterator().next(), errors.values().iterator().next());
            workLog.add(user, id, on, kind, form.get("uscc"), form.get("content"), form.get("outcome"));
            redirect.addFlashAttribute("message", "coordinator.worklog.saved");
            return "redirect:/coordinators/" + id;
        } catch (ValidationException e) {
            for (Violation v : e.violations()) errors.putIfAbsent(v.field(), v.reason());
            model.addAttribute("workLogForm", form);
            model.addAttribute("workLogErrors", errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return details.show(model, user, id);
        }
    }

    @GetMapping("/work-figures")
    String figures(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("rows", workLog.byRegion(user.scope(), y));
        model.addAttribute("kinds", WorkLogKind.values());
        return "coordinators/figures";
    }

    /** The figures of a year by region, as the page shows them. */
    @GetMapping("/work-figures/export")
    void exportFigures(@RequestParam(required = false) Integer year, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        int y = year == null ? LocalDate.now().getYear() : year;
        List<XlsxColumn<WorkFigures>> columns = new ArrayList<>();
        columns.add(XlsxColumn.<WorkFigures>of(text("coordinator.figures.region", locale), WorkFigures::label).width(14));
        for (WorkLogKind k : WorkLogKind.values())
            columns.add(XlsxColumn.<WorkFigures>of(text("coordinator.worklog.kind." + k, locale), f -> f.count(k)).width(18));
        columns.add(XlsxColumn.<WorkFigures>of(text("coordinator.worklog.entries", locale), WorkFigures::entries));
        columns.add(XlsxColumn.<WorkFigures>of(text("coordinator.worklog.served", locale), WorkFigures::enterprisesServed).width(14));
        String title = text("coordinator.figures.title", locale) + " " + text("coordinator.figures.year", locale, String.valueOf(y));
        List<WorkFigures> rows = workLog.byRegion(user.scope(), y);
        download.send(response, title, "coordinator-work-figures-" + y, new XlsxExport<>(title, columns), sink -> rows.forEach(sink),
                "coordinator_work_log", title, Map.of("year", y));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
