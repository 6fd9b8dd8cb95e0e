package tongxing.platform.imports;

/** What a commit did: new records, changed ones, and rows identical to what was stored. */
public record ImportCounts(int inserted, int updated, int unchanged) {
}
