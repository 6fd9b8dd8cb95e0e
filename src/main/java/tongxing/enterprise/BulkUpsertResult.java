package tongxing.enterprise;

/** What a bulk upsert did: new enterprises, changed ones, and rows identical to what was stored. */
public record BulkUpsertResult(int inserted, int updated, int unchanged) {

    public int total() {
        return inserted + updated + unchanged;
    }
}
