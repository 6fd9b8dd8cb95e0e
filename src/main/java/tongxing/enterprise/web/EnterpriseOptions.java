package tongxing.enterprise.web;

import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseStatus;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.ownership.OwnershipType;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.sizeclass.SizeClass;

import java.util.Arrays;
import java.util.List;

/** The choices of the registry's selects, from the code tables. */
@Component
class EnterpriseOptions {

    /** A section (门类) with the industries under it that a select offers. */
    public record IndustryGroup(Industry section, List<Industry> industries) {
    }

    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownershipTypes;

    EnterpriseOptions(Regions regions, Industries industries, OwnershipTypes ownershipTypes) {
        this.regions = regions;
        this.industries = industries;
        this.ownershipTypes = ownershipTypes;
    }

    List<Region> regions() {
        return regions.cities();
    }

    /** Where this scope may register or move an enterprise. */
    List<Region> writableRegions(Scope scope) {
        return regions.cities().stream().filter(r -> ScopeSql.mayWriteRegion(scope, r.code())).toList();
    }

    List<Industry> sections() {
        return industries.sections();
    }

    /** The division filter: the divisions of one section, or all of them grouped by section. */
    List<IndustryGroup> divisionGroups(String section) {
        return industries.sections().stream()
                .filter(s -> section == null || s.code().equals(section))
                .map(s -> new IndustryGroup(s, industries.divisionsOf(s.code())))
                .toList();
    }

    /** The form's industry select: divisions, groups and classes, grouped by section. */
    List<IndustryGroup> assignableIndustries() {
        List<Industry> assignable = industries.assignable();
        return industries.sections().stream()
                .map(s -> new IndustryGroup(s, assignable.stream().filter(i -> i.section().equals(s.code())).toList()))
                .toList();
    }

    /** The filter offers the whole tree (a parent takes in its children). */
    List<OwnershipType> ownershipTypes() {
        return ownershipTypes.all();
    }

    List<OwnershipType> assignableOwnershipTypes() {
        return ownershipTypes.assignable();
    }

    List<SizeClass> sizeClasses() {
        return Arrays.asList(SizeClass.values());
    }

    List<EnterpriseStatus> statuses() {
        return Arrays.asList(EnterpriseStatus.values());
    }
}
