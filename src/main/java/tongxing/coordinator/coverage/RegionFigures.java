package tongxing.coordinator.coverage;

import tongxing.enterprise.EnterpriseCoverageQuery.SizeTally;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** One region's two indicators: large/medium enterprises with a coordinator, small/micro ones with a grassroots one. */
record RegionFigures(String regionCode, CoverageShare largeMedium, CoverageShare smallMicro) {

    static RegionFigures none(String regionCode) {
        return new RegionFigures(regionCode, CoverageShare.NONE, CoverageShare.NONE);
    }

    /**
     * From the registry's count per region and size class against the covered enterprises: a large or
     * medium enterprise counts as covered when it is in the set at all, a small or micro one when the set
     * marks it (covered by a grassroots coordinator).
     */
    static Map<String, RegionFigures> of(Collection<SizeTally> tallies) {
        Map<String, RegionFigures> byRegion = new HashMap<>();
        for (SizeTally t : tallies) {
            RegionFigures f = byRegion.getOrDefault(t.regionCode(), none(t.regionCode()));
            byRegion.put(t.regionCode(), switch (t.sizeClass()) {
                case LARGE, MEDIUM -> new RegionFigures(f.regionCode,
                        f.largeMedium.plus(new CoverageShare(t.enterprises(), t.inSet())), f.smallMicro);
                case SMALL, MICRO -> new RegionFigures(f.regionCode, f.largeMedium,
                        f.smallMicro.plus(new CoverageShare(t.enterprises(), t.marked())));
                default -> f;
            });
        }
        return byRegion;
    }
}
