package tongxing.coordinator.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.registry.CoordinatorDistribution;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.region.Region;
import tongxing.platform.security.CurrentUser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The distribution tables (and a chart drawn from the same numbers by static/js/coordinators.js). */
@Controller
class DistributionController {

    private final CoordinatorDistribution distribution;
    private final CoordinatorOptions options;
    private final AuditedXlsxDownload download;
    private final MessageSource messages;

    DistributionController(CoordinatorDistribution distribution, CoordinatorOptions options, AuditedXlsxDownload download,
                           MessageSource messages) {
        this.distribution = distribution;
        this.options = options;
        this.download = download;
        this.messages = messages;
    }

    @GetMapping("/coordinators/distribution")
    String distribution(Model model) {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        Map<String, Map<String, Long>> byRegion = distribution.byRegionAndLevel(user.scope());
        model.addAttribute("regions", regionsShown(user, byRegion));
        model.addAttribute("byRegion", byRegion);
        model.addAttribute("levels", CoordinatorDistribution.LEVELS);
        model.addAttribute("byWorkplace", distribution.byWorkplace(user.scope()));
        model.addAttribute("workplaceTypes", WorkplaceType.values());
        model.addAttribute("byAge", distribution.byAgeBand(user.scope(), LocalDate.now()));
        return "coordinators/distribution";
    }

    /** The table by region and skill level, as the page shows it. */
    @GetMapping("/coordinators/distribution/export")
    void export(HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        Map<String, Map<String, Long>> byRegion = distribution.byRegionAndLevel(user.scope());
        List<XlsxColumn<Region>> columns = new ArrayList<>();
        columns.add(XlsxColumn.<Region>of(text("coordinator.field.region", locale), Region::name).width(14));
        for (String level : CoordinatorDistribution.LEVELS)
            columns.add(XlsxColumn.<Region>of(text("coordinator.level." + level, locale), r -> count(byRegion, r).getOrDefault(level, 0L)).width(14));
        columns.add(XlsxColumn.<Region>of(text("coordinator.distribution.total", locale),
                r -> count(byRegion, r).values().stream().mapToLong(Long::longValue).sum()));
        String title = text("coordinator.distribution.title", locale);
        List<Region> rows = regionsShown(user, byRegion);
        download.send(response, title, "coordinator-distribution", new XlsxExport<>(title, columns), sink -> rows.forEach(sink),
                "coordinator", title, Map.of());
    }

    private List<Region> regionsShown(CurrentUser user, Map<String, Map<String, Long>> byRegion) {
        return options.regions().stream().filter(r -> user.scope().coversRegion(r.code()) || byRegion.containsKey(r.code())).toList();
    }

    private static Map<String, Long> count(Map<String, Map<String, Long>> byRegion, Region r) {
        return byRegion.getOrDefault(r.code(), Map.of());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
