package tongxing.monitoring.dashboard;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tongxing.monitoring.detection.Detection;
import tongxing.monitoring.detection.DetectionRule;
import tongxing.monitoring.keylist.KeyListQuery;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.web.NotFoundException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 概览 (/monitoring): key enterprises by region and risk, the insured-headcount trend of the
 * province and of a region, the new signals of the latest detected month. Every number links to
 * the filtered key list. Enterprise users go to their layoff plans.
 */
@Controller
@RequestMapping("/monitoring")
class DashboardController {

    static final List<String> LEVELS = List.of("RED", "ORANGE", "YELLOW", "MANUAL");

    private final MonitoringDashboard dashboard;
    private final KeyListQuery keyList;
    private final Regions regions;
    private final Detection detection;
    private final Texts texts;

    DashboardController(MonitoringDashboard dashboard, KeyListQuery keyList, Regions regions, Detection detection, Texts texts) {
        this.texts = texts;
        this.dashboard = dashboard;
        this.keyList = keyList;
        this.regions = regions;
        this.detection = detection;
    }

    /** One row of the region × risk table. */
    record RegionRow(String code, String name, Map<String, Long> counts, long total) {
    }

    @GetMapping
    String page(@RequestParam(required = false) String region, Model model) {
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.ENTERPRISE) return "redirect:/monitoring/layoff-plans";
        if (!user.role().isStaff()) throw new NotFoundException();
        Scope scope = user.scope();
        Map<String, Map<String, Long>> counts = keyList.countsByRegionAndRisk(scope);
        List<RegionRow> rows = new ArrayList<>();
        for (Region r : regions.cities()) {
            if (!scope.coversRegion(r.code())) continue;
            Map<String, Long> c = counts.getOrDefault(r.code(), Map.of());
            rows.add(new RegionRow(r.code(), r.name(), c, c.values().stream().mapToLong(Long::longValue).sum()));
        }
        Map<String, Long> totals = LEVELS.stream().collect(Collectors.toMap(l -> l,
                l -> rows.stream().mapToLong(r -> r.counts().getOrDefault(l, 0L)).sum()));
        LocalDate month = dashboard.latestMonth();
        model.addAttribute("rows", rows);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("totals", totals);
        model.addAttribute("grandTotal", rows.stream().mapToLong(RegionRow::total).sum());
        model.addAttribute("month", month == null ? null : month.toString().substring(0, 7));
        model.addAttribute("signals", dashboard.signalsByRule(scope, month));
        model.addAttribute("ruleTitles", detection.rules().stream().collect(Collectors.toMap(DetectionRule::code, r -> texts.get(r.titleKey()))));
        model.addAttribute("showRegionPicker", scope instanceof Scope.Province);
        model.addAttribute("regions", regions.cities());
        model.addAttribute("region", scope instanceof Scope.Province ? (region != null && regions.isCity(region) ? region : "")
                : ((Scope.Region) scope).regionCode());
        return "monitoring/dashboard";
    }

    /** The chart's data: the province and the picked region (province users), or the user's own region. */
    @GetMapping(path = "/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<MonitoringDashboard.Trend> trend(@RequestParam(required = false) String region) {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new NotFoundException();
        Scope scope = user.scope();
        List<MonitoringDashboard.Trend> series = new ArrayList<>();
        if (scope instanceof Scope.Province) {
            series.add(dashboard.trend(null, texts.get("feeds.chart.province")));
            if (region != null && regions.isCity(region)) series.add(dashboard.trend(region, regions.name(region)));
        } else if (scope instanceof Scope.Region r) {
            series.add(dashboard.trend(r.regionCode(), regions.name(r.regionCode())));
        }
        return series;
    }
}
