package tongxing.coordinator.coverage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The snapshot of the coverage page (table {@code coordinator_coverage_figure}): every region's two
 * indicators as last computed, so that a page view reads a row per region instead of counting the
 * registry. Recomputed in full by the scheduler, after coordinator and registry changes, and on
 * demand (重新计算); a region's row in the same transaction as an assignment there.
 * <p>
 * Refreshes take a lock on the snapshot that only other refreshes wait for (readers never do) before
 * they count, so that a refresh always counts what the previous one committed and a slower one can
 * never overwrite newer figures.
 */
@Service
public class CoverageFigures {

    private static final Logger log = LoggerFactory.getLogger(CoverageFigures.class);

    private final JdbcClient jdbc;
    private final CoverageCount count;
    private final Regions regions;

    CoverageFigures(JdbcClient jdbc, CoverageCount count, Regions regions) {
        this.jdbc = jdbc;
        this.count = count;
        this.regions = regions;
    }

    /** The snapshot as the scope sees it (a province or a city scope); computed first if there is none yet. */
    @Transactional
    public CoverageReport report(Scope scope) {
        List<Map<String, Object>> rows = read();
        if (rows.isEmpty()) {
            refreshAll();
            rows = read();
        }
        Map<String, RegionFigures> stored = new HashMap<>();
        Instant oldest = null;
        for (Map<String, Object> r : rows) {
            String region = (String) r.get("region_code");
            if (!scope.coversRegion(region)) continue;
            stored.put(region, new RegionFigures(region,
                    new CoverageShare(number(r, "large_medium"), number(r, "large_medium_covered")),
                    new CoverageShare(number(r, "small_micro"), number(r, "small_micro_covered"))));
            Instant at = ((Timestamp) r.get("computed_at")).toInstant();
            if (oldest == null || at.isBefore(oldest)) oldest = at;
        }
        return CoverageReport.of(regions.cities(), scope, stored, oldest);
    }

    /** Recomputes every region's figures (one statement over the registry). @return when they were computed */
    @Transactional
    public Instant refreshAll() {
        lock();
        long started = System.nanoTime();
        Instant at = Instant.now();
        Map<String, RegionFigures> counted = count.byRegion(Scope.province(), null, null);
        Map<String, RegionFigures> rows = new LinkedHashMap<>();
        for (Region r : regions.cities()) rows.put(r.code(), RegionFigures.none(r.code()));
        rows.putAll(counted);
        jdbc.sql("DELETE FROM coordinator_coverage_figure").update();
        rows.values().stream().sorted(Comparator.comparing(RegionFigures::regionCode)).forEach(f -> store(f, at));
        log.debug("Coverage figures of {} regions recomputed in {} ms", rows.size(), (System.nanoTime() - started) / 1_000_000);
        return at;
    }

    /** Recomputes one region's figures within the caller's transaction (after an assignment there). */
    @Transactional
    public void refresh(String regionCode) {
        Objects.requireNonNull(regionCode, "regionCode");
        lock();
        Instant at = Instant.now();
        RegionFigures f = count.byRegion(Scope.province(), null, regionCode).getOrDefault(regionCode, RegionFigures.none(regionCode));
        jdbc.sql("DELETE FROM coordinator_coverage_figure WHERE region_code = :region").param("region", regionCode).update();
        store(f, at);
    }

    /** Self-conflicting, so refreshes queue; readers (ACCESS SHARE) are not blocked. */
    private void lock() {
        jdbc.sql("LOCK TABLE coordinator_coverage_figure IN SHARE ROW EXCLUSIVE MODE").update();
    }

    private void store(RegionFigures f, Instant at) {
        jdbc.sql("""
                        INSERT INTO coordinator_coverage_figure (region_code, large_medium, large_medium_covered, small_micro,
                            small_micro_covered, computed_at)
                        VALUES (:region, :lm, :lmCovered, :sm, :smCovered, :at)""")
                .param("region", f.regionCode())
                .param("lm", f.largeMedium().enterprises()).param("lmCovered", f.largeMedium().covered())
                .param("sm", f.smallMicro().enterprises()).param("smCovered", f.smallMicro().covered())
                .param("at", Timestamp.from(at)).update();
    }

    private List<Map<String, Object>> read() {
        return jdbc.sql("""
                SELECT region_code, large_medium, large_medium_covered, small_micro, small_micro_covered, computed_at
                FROM coordinator_coverage_figure""").query().listOfRows();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
