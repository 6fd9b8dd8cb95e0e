package tongxing.enterprise;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a bulk write of enterprises feeds the registry's two GIN indexes (the name bigram codes of V107
 * and the tags). PostgreSQL first appends new entries to an index's pending list and merges the list
 * into the index whenever it outgrows {@code gin_pending_list_limit} (4 MB by default: every 15,000
 * or so enterprises). Merged in batches fifteen times larger, and once more at the end of the
 * statement's transaction, the same insert costs the database a tenth to a fifth less CPU (measured for bench 3:
 * 200,000 new enterprises, 11.3–11.7 s → 9.0–10.5 s with the merge included).
 *
 * <p>The price: a name search that runs while the list holds up to 64 MB (about 220,000
 * enterprises) reads that list too, about 200 ms instead of about 15 ms, until the final merge a
 * few seconds later. The list is merged inside the writing transaction, so once the import is
 * visible the index is whole again.
 */
final class GinPendingLists {

    /** Bulk writes smaller than this leave the defaults alone. */
    static final long BULK_ROWS = 10_000;

    private GinPendingLists() {
    }

    /** Lets this transaction's pending lists grow to 64 MB before they are merged. */
    static void enlargeForThisTransaction(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("SET LOCAL gin_pending_list_limit = '64MB'");
        }
    }

    /**
     * Merges the pending lists of the registry's GIN indexes now. Only the owner of an index may
     * (as for VACUUM): with another database user, autovacuum merges them later instead.
     */
    static void mergeNow(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("""
                    SELECT gin_clean_pending_list(i) FROM unnest(ARRAY[to_regclass('enterprise_name_grams_idx'),
                        to_regclass('enterprise_tags_idx')]) AS i
                    WHERE i IS NOT NULL AND pg_has_role((SELECT relowner FROM pg_class WHERE oid = i), 'USAGE')""");
        }
    }
}
