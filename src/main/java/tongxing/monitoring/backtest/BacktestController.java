package tongxing.monitoring.backtest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.detection.DetectionRule;
import tongxing.monitoring.feeds.FeedMonth;
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

    BacktestController(Backtest backtest, Detection detection) {
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
        if (t.isBefore(f)) errors.put("to", "结束月份不能早于开始月份");
        if (f.plusMonths(60).isBefore(t)) errors.put("to", "回测区间不能超过 60 个月");
        int k = 3;
        if (min != null && !min.isBlank()) {
            try {
                k = Integer.parseInt(min.trim());
                if (k < 1 || k > 10000) errors.put("min", "失业登记人数应在 1 到 10000 之间");
            } catch (NumberFormatException e) {
                errors.put("min", "失业登记人数应为整数，实际为“" + min + "”");
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
        titles.put(Backtest.ANY, "任一规则");
        detection.rules().forEach(r -> titles.put(r.code(), r.title()));
        model.addAttribute("titles", titles);
        model.addAttribute("figures", errors.isEmpty() ? backtest.run(user.scope(), f, t, k, codes).values() : List.of());
        return "monitoring/backtest";
    }

    private static LocalDate month(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) return fallback;
        return FeedMonth.parse(text).orElseGet(() -> {
            errors.put(field, "月份“" + text + "”无法识别，应写成 2026-10");
            return fallback;
        });
    }
}
