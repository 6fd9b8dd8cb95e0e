package tongxing.monitoring.detection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.monitoring.feeds.FeedMonth;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The detection screens: the runs (a fragment of the feeds page), 重新检测 for any past month,
 * and the thresholds, which the provincial office changes by creating a new version.
 */
@Controller
@RequestMapping("/monitoring")
class DetectionController {

    record RunRow(long id, LocalDate month, int ruleVersion, String triggeredBy, OffsetDateTime startedAt,
                  OffsetDateTime finishedAt, String status, Integer enterprises, Integer signals) {
    }

    private final JdbcClient jdbc;
    private final DetectionRequests requests;
    private final RuleSets ruleSets;
    private final Detection detection;
    private final Texts texts;

    DetectionController(JdbcClient jdbc, DetectionRequests requests, RuleSets ruleSets, Detection detection, Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.requests = requests;
        this.ruleSets = ruleSets;
        this.detection = detection;
    }

    @GetMapping("/detection/runs")
    String runs(Model model) {
        staff();
        model.addAttribute("runs", jdbc.sql("""
                        SELECT id, month, rule_version, triggered_by, started_at, finished_at, status, enterprises, signals
                        FROM monitoring_detection_run ORDER BY month DESC, id DESC LIMIT 24""")
                .query((rs, n) -> new RunRow(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                        (Integer) rs.getObject(8), (Integer) rs.getObject(9)))
                .list());
        return "monitoring/detection-runs :: runs";
    }

    @PostMapping("/detection/run")
    String rerun(@RequestParam(required = false) String month, RedirectAttributes redirect) {
        CurrentUser user = staff();
        Optional<LocalDate> m = FeedMonth.parse(month);
        Optional<String> problem = m.flatMap(x -> FeedMonth.problem(x, LocalDate.now()));
        if (m.isEmpty() || problem.isPresent()) {
            redirect.addFlashAttribute("detectError", m.isEmpty() ? texts.get("feeds.detect.error.month", month == null ? "" : month) : problem.get());
            return "redirect:/monitoring/feeds";
        }
        boolean queued = requests.request(m.get(), user.username());
        redirect.addFlashAttribute("message", queued ? "feeds.detect.requested" : "feeds.detect.alreadyQueued");
        return "redirect:/monitoring/feeds";
    }

    @GetMapping("/rules")
    String rules(Model model) {
        CurrentUser user = staff();
        if (!model.containsAttribute("form")) model.addAttribute("form", ruleSets.current().parameters().asMap());
        model.addAttribute("current", ruleSets.current());
        model.addAttribute("history", ruleSets.history());
        model.addAttribute("rules", detection.rules());
        model.addAttribute("mayEdit", user.role() == Role.PROVINCE_ADMIN);
        if (!model.containsAttribute("errors")) model.addAttribute("errors", Map.of());
        return "monitoring/rules";
    }

    @PostMapping("/rules")
    String change(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        CurrentUser user = staff();
        if (user.role() != Role.PROVINCE_ADMIN) throw new NotFoundException();
        Map<String, String> errors = new HashMap<>();
        RuleParameters p = new RuleParameters(number(form, "layoffMinPeople", errors), number(form, "layoffMinPercent", errors),
                number(form, "arrearsMonths", errors), number(form, "wageArrearsComplaints", errors),
                number(form, "disputeCases", errors), number(form, "unemploymentRegistrations", errors),
                number(form, "largeEmployerInsured", errors));
        if (errors.isEmpty()) {
            try {
                ruleSets.change(user, number(form, "version", errors), p, form.get("note"));
                redirect.addFlashAttribute("message", "feeds.rules.saved");
                return "redirect:/monitoring/rules";
            } catch (ValidationException e) {
                for (Violation v : e.violations()) errors.putIfAbsent(v.field(), v.reason());
            } catch (OptimisticLockException e) {
                errors.put("version", texts.get("feeds.rules.error.changed"));
            }
        }
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", p.asMap());
        redirect.addFlashAttribute("note", form.get("note"));
        return "redirect:/monitoring/rules";
    }

    private int number(Map<String, String> form, String field, Map<String, String> errors) {
        String s = form.get(field);
        try {
            return Integer.parseInt(s == null ? "" : s.trim());
        } catch (NumberFormatException e) {
            errors.put(field, texts.get("feeds.rules.error.notInteger", s == null ? "" : s));
            return 0;
        }
    }

    static CurrentUser staff() {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        return user;
    }

    List<DetectionRule> rules() {
        return detection.rules();
    }
}
