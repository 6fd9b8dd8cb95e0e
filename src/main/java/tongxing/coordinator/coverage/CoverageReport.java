package tongxing.coordinator.coverage;

import java.util.List;

/**
 * The two coverage indicators per region and for the whole scope: (a) large and medium
 * enterprises with at least one coordinator, (b) small and micro enterprises covered by a
 * grassroots coordinator.
 */
public record CoverageReport(List<Row> rows, CoverageShare largeMediumTotal, CoverageShare smallMicroTotal) {

    public record Row(String regionCode, String regionName, CoverageShare largeMedium, CoverageShare smallMicro) {
    }

    public Row row(String regionCode) {
        return rows.stream().filter(r -> r.regionCode().equals(regionCode)).findFirst().orElse(null);
    }
}
