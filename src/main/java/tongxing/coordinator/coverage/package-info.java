/**
 * Coverage (覆盖) of enterprises by coordinators and its indicators. Exposed as a named interface
 * for the demo data loader.
 * <p>
 * Who covers what is {@code coordinator_coverage}; {@code coordinator_covered_enterprise} (one row per
 * covered USCC, kept in step by database triggers) lets the indicators join the registry once;
 * {@link tongxing.coordinator.coverage.CoverageFigures} keeps every region's figures as a snapshot that
 * the page reads, recomputed after changes, by the scheduler and on demand.
 */
@org.springframework.modulith.NamedInterface("coverage")
package tongxing.coordinator.coverage;
