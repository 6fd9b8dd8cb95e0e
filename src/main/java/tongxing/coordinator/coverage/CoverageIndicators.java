package tongxing.coordinator.coverage;

import org.springframework.stereotype.Service;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseCoverageQuery.Universe;
import tongxing.enterprise.EnterpriseCoverageQuery.UsccSource;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;

import java.time.Instant;
import java.util.EnumSet;

/**
 * The coverage indicators of plan section 一, counted in SQL from the registry's size classes
 * and the coverage table — never typed in. Only active enterprises count. The page without a tag
 * reads the snapshot of every region's figures ({@link CoverageFigures}); a tag narrows the
 * registry to a park or a campaign and is counted for the request.
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

    /**
     * How many enterprises an indicator leaves uncovered, as of when.
     *
     * @param computedAt the snapshot's time, or null when counted for this request
     */
    public record Uncovered(long count, Instant computedAt) {
    }

    private final CoverageFigures figures;
    private final CoverageCount count;
    private final EnterpriseCoverageQuery enterprises;
    private final Regions regions;

    CoverageIndicators(CoverageFigures figures, CoverageCount count, EnterpriseCoverageQuery enterprises, Regions regions) {
        this.figures = figures;
        this.count = count;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    /** @param tag null for all enterprises, or only those carrying the tag (e.g. a park or a campaign) */
    public CoverageReport report(Scope scope, String tag) {
        if (fromSnapshot(scope, tag)) return figures.report(scope);
        return CoverageReport.of(regions.cities(), scope, count.byRegion(scope, tag, null), null);
    }

    /**
     * The number behind a figure of the page (a region's, or the scope's total when the region is null):
     * from the snapshot, like the page, so that the list a user opens says the number they clicked; with
     * a tag, counted now.
     */
    public Uncovered uncovered(Scope scope, Indicator indicator, String tag, String regionCode) {
        if (!fromSnapshot(scope, tag))
            return new Uncovered(enterprises.countOutside(scope, universe(indicator, tag), regionCode, covered(indicator)), null);
        CoverageReport report = figures.report(scope);
        CoverageShare share;
        if (regionCode == null) {
            share = indicator == Indicator.LARGE_MEDIUM ? report.largeMediumTotal() : report.smallMicroTotal();
        } else {
            CoverageReport.Row row = report.row(regionCode);
            share = row == null ? CoverageShare.NONE : indicator == Indicator.LARGE_MEDIUM ? row.largeMedium() : row.smallMicro();
        }
        return new Uncovered(share.uncovered(), report.computedAt());
    }

    /** The snapshot holds the untagged figures of whole regions: what a province or a city scope sees. */
    private static boolean fromSnapshot(Scope scope, String tag) {
        return (tag == null || tag.isBlank()) && (scope instanceof Scope.Province || scope instanceof Scope.Region);
    }

    /** What the indicator counts, and the enterprises that count as covered for it. */
    public Universe universe(Indicator indicator, String tag) {
        Universe base = indicator == Indicator.LARGE_MEDIUM ? LARGE_MEDIUM : SMALL_MICRO;
        return new Universe(base.sizes(), tag);
    }

    /** The enterprises that count as covered for the indicator, as SQL over the covered enterprises. */
    public UsccSource covered(Indicator indicator) {
        return indicator == Indicator.LARGE_MEDIUM ? CoverageAssignments.ANYONE : CoverageAssignments.GRASSROOTS;
    }
}
