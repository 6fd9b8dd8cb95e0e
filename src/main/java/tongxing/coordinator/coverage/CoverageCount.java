package tongxing.coordinator.coverage;

import org.springframework.stereotype.Component;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseCoverageQuery.MarkedUsccSource;
import tongxing.enterprise.EnterpriseCoverageQuery.Universe;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;

import java.util.EnumSet;
import java.util.Map;

/**
 * Counts both indicators from the registry, now: one statement, one pass over the active enterprises
 * of the four size classes joined once to the covered enterprises (a table of unique USCCs kept in
 * step with the coverage rows). Never typed in: the registry's size class and status decide.
 */
@Component
class CoverageCount {

    /** Every covered enterprise, marked when a grassroots coordinator covers it. */
    static final MarkedUsccSource COVERED = new MarkedUsccSource(
            "SELECT v.uscc, v.grassroots > 0 AS marked FROM coordinator_covered_enterprise v", Map.of());

    private static final EnumSet<SizeClass> BOTH_INDICATORS =
            EnumSet.of(SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL, SizeClass.MICRO);

    private final EnterpriseCoverageQuery enterprises;

    CoverageCount(EnterpriseCoverageQuery enterprises) {
        this.enterprises = enterprises;
    }

    /**
     * @param tag        null for all enterprises, or only those carrying the tag
     * @param regionCode null for every region the scope sees, or only this one
     */
    Map<String, RegionFigures> byRegion(Scope scope, String tag, String regionCode) {
        return RegionFigures.of(enterprises.tallyBySize(scope, new Universe(BOTH_INDICATORS, tag), regionCode, COVERED));
    }
}
