package tongxing.coordinator.coverage;

import tongxing.platform.region.Region;
import tongxing.platform.security.Scope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two coverage indicators per region and for the whole scope: (a) large and medium
 * enterprises with at least one coordinator, (b) small and micro enterprises covered by a
 * grassroots coordinator.
 *
 * @param computedAt when the figures were computed: the snapshot's time, or null when computed for this
 *                   request (a tag filter)
 */
public record CoverageReport(List<Row> rows, CoverageShare largeMediumTotal, CoverageShare smallMicroTotal, Instant computedAt) {

    public record Row(String regionCode, String regionName, CoverageShare largeMedium, CoverageShare smallMicro) {
    }

    public Row row(String regionCode) {
        return rows.stream().filter(r -> r.regionCode().equals(regionCode)).findFirst().orElse(null);
    }

    /** The rows of the cities the scope sees (and of any other region the figures hold), with the totals. */
    static CoverageReport of(List<Region> cities, Scope scope, Map<String, RegionFigures> figures, Instant computedAt) {
        List<Row> rows = new ArrayList<>();
        CoverageShare lmTotal = CoverageShare.NONE, smTotal = CoverageShare.NONE;
        for (Region r : cities) {
            RegionFigures f = figures.get(r.code());
            if (!scope.coversRegion(r.code()) && f == null) continue;
            if (f == null) f = RegionFigures.none(r.code());
            rows.add(new Row(r.code(), r.name(), f.largeMedium(), f.smallMicro()));
            lmTotal = lmTotal.plus(f.largeMedium());
            smTotal = smTotal.plus(f.smallMicro());
        }
        return new CoverageReport(rows, lmTotal, smTotal, computedAt);
    }
}
