package tongxing.monitoring.ledger;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.exports.XlsxResponse;
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

/** 指导服务台账 screens: the ledger with filters, paging and the upward export; one line's page with follow-ups. */
@Controller
@RequestMapping("/monitoring/ledger")
class LedgerController {

    private static final int PAGE_SIZE = 20;

    private final ServiceLedger ledger;
    private final Regions regions;
    private final AuditLog audit;
    private final MessageSource messages;

    LedgerController(ServiceLedger ledger, Regions regions, AuditLog audit, MessageSource messages) {
        this.ledger = ledger;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(defaultValue = "false") boolean layoffsOnly, @RequestParam(defaultValue = "1") int page,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = staff();
        LedgerFilter filter = filter(user, q, region, layoffsOnly);
        model.addAttribute("filter", filter);
        model.addAttribute("result", ledger.page(user, filter, page, PAGE_SIZE));
        model.addAttribute("regions", regions);
        model.addAttribute("showRegion", user.scope() instanceof Scope.Province);
        model.addAttribute("query", query(filter));
        if (htmx != null) return "monitoring/casework/ledger-list :: results";
        return "monitoring/casework/ledger-list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                @RequestParam(defaultValue = "false") boolean layoffsOnly, HttpServletResponse response) throws IOException {
        CurrentUser user = staff();
        LedgerFilter filter = filter(user, q, region, layoffsOnly);
        String area = filter.region() != null ? regions.name(filter.region())
                : user.scope() instanceof Scope.Region r ? regions.name(r.regionCode()) : "海南省";
        var out = XlsxResponse.start(response, XlsxResponse.fileName("重点企业指导服务台账_" + area), XlsxResponse.fileName("ledger"));
        int rows = LedgerWorkbook.write(out, area, ServiceLedger.today(), sink -> ledger.forEach(user, filter, sink), regions::name);
        Map<String, Object> details = new LinkedHashMap<>(filter.asParams());
        details.put("rows", rows);
        audit.record(AuditAction.EXPORT, "monitoring_ledger", null, "导出重点企业指导服务台账 " + rows + " 条", null, details);
    }

    @GetMapping("/{uscc}")
    String detail(@PathVariable String uscc, Model model) {
        CurrentUser user = staff();
        LedgerRow row = ledger.require(user, uscc);
        model.addAttribute("row", row);
        model.addAttribute("regionName", regions.name(row.regionCode()));
        model.addAttribute("followUps", ledger.followUps(uscc));
        model.addAttribute("today", ServiceLedger.today());
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        return "monitoring/casework/ledger-detail";
    }

    @PostMapping("/{uscc}")
    String save(@PathVariable String uscc, @RequestParam int version, @RequestParam(required = false) String policies,
                @RequestParam(required = false) String plannedLayoffs, @RequestParam(required = false) String laidOff,
                @RequestParam(required = false) String positions, @RequestParam(required = false) String severanceStandard,
                @RequestParam(required = false) String abilityToPay, RedirectAttributes redirect) {
        try {
            Map<String, String> errors = new LinkedHashMap<>();
            Integer planned = integer(plannedLayoffs, "plannedLayoffs", errors), laid = integer(laidOff, "laidOff", errors);
            if (!errors.isEmpty()) throw new ValidationException(errors.entrySet().stream().map(e -> new Violation(e.getKey(), e.getValue())).toList());
            ledger.save(staff(), uscc, version, new LedgerEntryData(policies, planned, laid, positions, severanceStandard, abilityToPay));
            redirect.addFlashAttribute("notice", text("casework.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", String.join(text("casework.separator"), e.violations().stream().map(Violation::reason).toList()));
        }
        return "redirect:/monitoring/ledger/" + uscc;
    }

    @PostMapping("/{uscc}/follow-ups")
    String followUp(@PathVariable String uscc, @RequestParam(required = false) String visitedOn,
                    @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            LocalDate on = null;
            if (visitedOn != null && !visitedOn.isBlank()) {
                try {
                    on = LocalDate.parse(visitedOn.trim());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new ValidationException("visitedOn", text("casework.ledger.error.badVisitDate", visitedOn));
                }
            }
            ledger.addFollowUp(staff(), uscc, on, note);
            redirect.addFlashAttribute("notice", text("casework.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("problem", String.join(text("casework.separator"), e.violations().stream().map(Violation::reason).toList()));
        }
        return "redirect:/monitoring/ledger/" + uscc;
    }

    private static CurrentUser staff() {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        return user;
    }

    private static LedgerFilter filter(CurrentUser user, String q, String region, boolean layoffsOnly) {
        return new LedgerFilter(q == null || q.isBlank() ? null : q.trim(),
                user.scope() instanceof Scope.Province && region != null && !region.isBlank() ? region : null, layoffsOnly);
    }

    private static String query(LedgerFilter f) {
        StringBuilder sb = new StringBuilder();
        f.asParams().forEach((k, v) -> sb.append('&').append(k).append('=').append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private Integer integer(String s, String field, Map<String, String> errors) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            errors.put(field, text("casework.error.notInteger", s));
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
