package tongxing.coordinator.coverage;

import org.springframework.stereotype.Service;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseCoverageQuery.RegionTally;
import tongxing.enterprise.EnterpriseCoverageQuery.Universe;
import tongxing.enterprise.EnterpriseCoverageQuery.UsccSource;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage indicators of plan section 一, counted in SQL from the registry's size classes
 * and the coverage table — never typed in. Only active enterprises count. Set-based: the covered
 * set is handed to the registry's query as SQL ({@link UsccSource}), so recomputing every region's
 * figures is two statements whatever the number of coordinators and enterprises.
 */
@Service
public class CoverageIndicators {

    /** The two indicators, by the enterprises they count. */
    public enum Indicator {
        /** 大中型企业配备协调员的比例. */
        LARGE_MEDIUM,
        /** 小微企业由基层协调员覆盖的比例. */
        SMALL_MICRO
    }

    static final Universe LARGE_MEDIUM = new Universe(EnumSet.of(SizeClass.LARGE, SizeClass.MEDIUM), null);
    static final Universe SMALL_MICRO = new Universe(EnumSet.of(SizeClass.SMALL, SizeClass.MICRO), null);

    private final EnterpriseCoverageQuery enterprises;
    private final Regions regions;

    CoverageIndicators(EnterpriseCoverageQuery enterprises, Regions regions) {
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /** @param tag null for all enterprises, or only those carrying the tag (e.g. a park or a campaign) */
    public CoverageReport report(Scope scope, String tag) {
        // Two statements, each one pass over the registry joined to the coverage table inside the database.
        Map<String, RegionTally> lm = byRegion(enterprises.tally(scope, universe(Indicator.LARGE_MEDIUM, tag), covered(Indicator.LARGE_MEDIUM)));
        Map<String, RegionTally> sm = byRegion(enterprises.tally(scope, universe(Indicator.SMALL_MICRO, tag), covered(Indicator.SMALL_MICRO)));
        List<CoverageReport.Row> rows = new ArrayList<>();
        CoverageShare lmTotal = new CoverageShare(0, 0), smTotal = new CoverageShare(0, 0);
        for (Region r : regions.cities()) {
            if (!scope.coversRegion(r.code()) && !lm.containsKey(r.code()) && !sm.containsKey(r.code())) continue;
            CoverageShare a = share(lm.get(r.code())), b = share(sm.get(r.code()));
            rows.add(new CoverageReport.Row(r.code(), r.name(), a, b));
            lmTotal = lmTotal.plus(a);
            smTotal = smTotal.plus(b);
        }
        return new CoverageReport(rows, lmTotal, smTotal);
    }

    /** What the indicator counts, and the enterprises that count as covered for it. */
    public Universe universe(Indicator indicator, String tag) {
        Universe base = indicator == Indicator.LARGE_MEDIUM ? LARGE_MEDIUM : SMALL_MICRO;
        return new Universe(base.sizes(), tag);
    }

    /** The enterprises that count as covered for the indicator, as SQL over the coverage table. */
    public UsccSource covered(Indicator indicator) {
        return indicator == Indicator.LARGE_MEDIUM ? CoverageAssignments.ANYONE : CoverageAssignments.GRASSROOTS;
    }

    private static Map<String, RegionTally> byRegion(List<RegionTally> tallies) {
        Map<String, RegionTally> m = new HashMap<>();
        tallies.forEach(t -> m.put(t.regionCode(), t));
        return m;
    }

    private static CoverageShare share(RegionTally t) {
        return t == null ? new CoverageShare(0, 0) : new CoverageShare(t.enterprises(), t.inSet());
    }
}
