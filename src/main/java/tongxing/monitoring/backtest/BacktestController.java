package tongxing.monitoring.backtest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.detection.DetectionRule;
import tongxing.monitoring.feeds.FeedMonth;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.web.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 回测 page: pick a period, a rule and the unemployment count that makes an event; see precision and recall by rule. */
@Controller
@RequestMapping("/monitoring/backtest")
class BacktestController {

    private final Backtest backtest;
    private final Detection detection;
    private final Texts texts;

    BacktestController(Backtest backtest, Detection detection, Texts texts) {
        this.texts = texts;
        this.backtest = backtest;
        this.detection = detection;
    }

    @GetMapping
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String rule, @RequestParam(required = false) String min, Model model) {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        LocalDate thisMonth = LocalDate.now().withDayOfMonth(1);
        Map<String, String> errors = new HashMap<>();
        LocalDate f = month(from, thisMonth.minusMonths(15), "from", errors);
        LocalDate t = month(to, thisMonth.minusMonths(4), "to", errors);
        if (t.isBefore(f)) errors.put("to", texts.get("feeds.backtest.error.toBeforeFrom"));
        if (f.plusMonths(60).isBefore(t)) errors.put("to", texts.get("feeds.backtest.error.tooLong"));
        int k = 3;
        if (min != null && !min.isBlank()) {
            try {
                k = Integer.parseInt(min.trim());
                if (k < 1 || k > 10000) errors.put("min", texts.get("feeds.backtest.error.minRange"));
            } catch (NumberFormatException e) {
                errors.put("min", texts.get("feeds.backtest.error.minNotInteger", min));
            }
        }
        List<String> codes = new ArrayList<>();
        codes.add(Backtest.ANY);
        String chosen = rule == null || rule.isBlank() ? null : rule.trim();
        for (DetectionRule r : detection.rules()) {
            if (!"RED".equals(r.level()) && !"ORANGE".equals(r.level())) continue;
            if (chosen == null || chosen.equals(r.code())) codes.add(r.code());
        }
        model.addAttribute("from", f.toString().substring(0, 7));
        model.addAttribute("to", t.toString().substring(0, 7));
        model.addAttribute("rule", chosen);
        model.addAttribute("min", k);
        model.addAttribute("errors", errors);
        model.addAttribute("rules", detection.rules().stream().filter(r -> !"YELLOW".equals(r.level())).toList());
        Map<String, String> titles = new HashMap<>();
        titles.put(Backtest.ANY, texts.get("feeds.backtest.anyRule"));
        detection.rules().forEach(r -> titles.put(r.code(), texts.get(r.titleKey())));
        model.addAttribute("titles", titles);
        model.addAttribute("figures", errors.isEmpty() ? backtest.run(user.scope(), f, t, k, codes).values() : List.of());
        return "monitoring/backtest";
    }

    private LocalDate month(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) return fallback;
        return FeedMonth.parse(text).orElseGet(() -> {
            errors.put(field, texts.get("feeds.backtest.error.month", text));
            return fallback;
        });
    }
}
