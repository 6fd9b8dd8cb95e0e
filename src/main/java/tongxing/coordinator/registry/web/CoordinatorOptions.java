package tongxing.coordinator.registry.web;

import org.springframework.stereotype.Component;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;

import java.util.List;

/** The choices of the coordinator forms and search, by scope. */
@Component
public class CoordinatorOptions {

    private final Regions regions;

    CoordinatorOptions(Regions regions) {
        this.regions = regions;
    }

    public List<Region> regions() {
        return regions.cities();
    }

    public List<Region> writableRegions(Scope scope) {
        return regions.cities().stream().filter(r -> scope.coversRegion(r.code())).toList();
    }

    public WorkplaceType[] workplaceTypes() {
        return WorkplaceType.values();
    }

    public SkillLevel[] levels() {
        return SkillLevel.values();
    }

    public String regionName(String code) {
        return regions.name(code);
    }
}
