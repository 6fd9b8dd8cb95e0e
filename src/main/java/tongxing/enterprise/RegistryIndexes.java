package tongxing.enterprise;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes of {@code enterprise} that a first load ({@link FirstLoads}) drops before its insert
 * and builds again after it, in the same transaction. Inserting a million enterprises into the
 * eleven indexes row by row cost the database about 63 µs a row (bench 3); building an index from
 * sorted data costs a fraction of that (PostgreSQL manual, "Populating a Database": remove
 * indexes, load, recreate).
 *
 * <p>Which indexes: every index of the table except the primary key, indexes that a constraint
 * uses (a foreign key of another table pointing here, a unique or exclusion constraint) and
 * indexes that are not valid. Their definitions are read from {@code pg_indexes} at the time of
 * the load, never written here, so an index added by a later migration is dropped and rebuilt
 * the same way. The unique USCC index of V99 is not a constraint and no foreign key uses it: it
 * is dropped too, and building it again checks uniqueness over the whole table (a duplicate
 * makes the build, and with it the whole load, fail). Nothing else can write meanwhile, and the
 * {@code ON CONFLICT (uscc)} of the bulk loader waits for the lock, so finds the index rebuilt.
 *
 * <p>All of it runs under the table's ACCESS EXCLUSIVE lock ({@link #lock}): DROP INDEX needs it,
 * and a search must not run against a table without its indexes. While the load runs (minutes
 * for a million rows), <b>every reader and writer of the registry waits</b>: the list, the
 * search, the API and the other programs' lookups by USCC. This is why only a first load does it,
 * and the import page says so before the user commits. If anything fails, the transaction rolls
 * back and the indexes and rows are as before (DDL is transactional in PostgreSQL).
 */
final class RegistryIndexes {

    /** SQLSTATE lock_not_available: the lock was not granted within lock_timeout. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    /** How long a first load waits for readers and writers of the registry to finish. */
    static final String LOCK_TIMEOUT = "5s";

    /** Memory of each index build of the load (sorts of the B-trees, the GIN accumulator). */
    static final String BUILD_MEMORY = "512MB";

    record Definition(String name, String ddl, String comment) {
    }

    private RegistryIndexes() {
    }

    /**
     * Takes the registry's ACCESS EXCLUSIVE lock for the rest of the transaction, waiting at most
     * {@link #LOCK_TIMEOUT}.
     *
     * @throws SQLException with SQLSTATE {@link #LOCK_NOT_AVAILABLE} when others held it too long
     */
    static void lock(Connection con) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            st.execute("LOCK TABLE enterprise IN ACCESS EXCLUSIVE MODE");
            st.execute("SET LOCAL lock_timeout TO DEFAULT");
        }
    }

    /** Whether this database user may drop and create the registry's indexes (owns the table). */
    static boolean mayRebuild(Connection con) throws SQLException {
        try (Statement st = con.createStatement(); var rs = st.executeQuery(
                "SELECT pg_has_role(relowner, 'USAGE') FROM pg_class WHERE oid = to_regclass('enterprise')")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The indexes a first load rebuilds, with their definitions as PostgreSQL prints them. */
    static List<Definition> rebuildable(Connection con) throws SQLException {
        List<Definition> found = new ArrayList<>();
        try (Statement st = con.createStatement(); var rs = st.executeQuery("""
                SELECT i.indexname, i.indexdef, i.tablespace, obj_description(x.indexrelid, 'pg_class')
                FROM pg_indexes i
                JOIN pg_index x ON x.indexrelid = to_regclass(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))
                WHERE x.indrelid = to_regclass('enterprise')
                  AND i.schemaname = (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                      WHERE c.oid = to_regclass('enterprise'))
                  AND NOT x.indisprimary AND NOT x.indisexclusion AND NOT x.indisreplident
                  AND x.indisvalid AND x.indisready
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                ORDER BY i.indexname""")) {
            while (rs.next()) {
                String ddl = rs.getString(2);
                String tablespace = rs.getString(3);
                if (tablespace != null) ddl += " TABLESPACE " + quoteIdent(tablespace);
                found.add(new Definition(rs.getString(1), ddl, rs.getString(4)));
            }
        }
        return found;
    }

    static void drop(Connection con, List<Definition> indexes) throws SQLException {
        try (Statement st = con.createStatement()) {
            for (Definition d : indexes) st.execute("DROP INDEX " + quoteIdent(d.name()));
        }
    }

    /**
     * Builds the indexes again from their saved definitions, with {@link #BUILD_MEMORY} for each
     * build (B-tree builds may use parallel workers, {@code max_parallel_maintenance_workers}),
     * then gathers the planner's statistics of the table and of the expression indexes.
     */
    static void build(Connection con, List<Definition> indexes) throws SQLException {
        try (Statement st = con.createStatement()) {
            st.execute("SET LOCAL maintenance_work_mem = '" + BUILD_MEMORY + "'");
            for (Definition d : indexes) {
                st.execute(d.ddl());
                if (d.comment() != null) {
                    st.execute("COMMENT ON INDEX " + quoteIdent(d.name()) + " IS " + quoteLiteral(d.comment()));
                }
            }
            st.execute("ANALYZE enterprise");
        }
    }

    private static String quoteIdent(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String quoteLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
