package tongxing.coordinator.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.registry.CoordinatorDistribution;
import tongxing.platform.region.Region;
import tongxing.platform.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The distribution tables (and a chart drawn from the same numbers by static/js/coordinators.js). */
@Controller
class DistributionController {

    private final CoordinatorDistribution distribution;
    private final CoordinatorOptions options;

    DistributionController(CoordinatorDistribution distribution, CoordinatorOptions options) {
        this.distribution = distribution;
        this.options = options;
    }

    @GetMapping("/coordinators/distribution")
    String distribution(Model model) {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        Map<String, Map<String, Long>> byRegion = distribution.byRegionAndLevel(user.scope());
        List<Region> regions = options.regions().stream().filter(r -> user.scope().coversRegion(r.code()) || byRegion.containsKey(r.code())).toList();
        model.addAttribute("regions", regions);
        model.addAttribute("byRegion", byRegion);
        model.addAttribute("levels", CoordinatorDistribution.LEVELS);
        model.addAttribute("byWorkplace", distribution.byWorkplace(user.scope()));
        model.addAttribute("workplaceTypes", WorkplaceType.values());
        model.addAttribute("byAge", distribution.byAgeBand(user.scope(), LocalDate.now()));
        return "coordinators/distribution";
    }
}
