package tongxing.enterprise;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.search.EnterpriseCounts;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.i18n.Texts;
import tongxing.platform.imports.ImportRetryLater;
import tongxing.platform.security.Scope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The stage of an enterprise import: the valid rows of one uploaded file, ready to be saved,
 * in an unlogged table of their own ({@code enterprise_import_stage_<job>}) that the validation
 * fills by COPY as it goes and the commit merges into the registry and drops, in one transaction.
 *
 * <p>Unlogged: the rows are written once, without WAL, and a database crash empties the table,
 * which the commit then notices by its row count ({@link #stagedRows}) and refuses. Each job has
 * its own table so that dropping it costs nothing whatever its size.
 */
@Service
public class EnterpriseStages {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final EnterpriseStageRows stageRows;
    private final ApplicationEventPublisher events;
    private final EnterpriseCounts counts;
    private final FirstLoads firstLoads;
    private final RegistryVacuum vacuum;
    private final Texts texts;
    private final RegistryChangeAudit changeAudit;

    EnterpriseStages(DataSource dataSource, JdbcTemplate jdbc, EnterpriseStageRows stageRows,
                     ApplicationEventPublisher events, EnterpriseCounts counts, FirstLoads firstLoads,
                     RegistryVacuum vacuum, Texts texts, RegistryChangeAudit changeAudit) {
        this.changeAudit = changeAudit;
        this.firstLoads = firstLoads;
        this.vacuum = vacuum;
        this.texts = texts;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.stageRows = stageRows;
        this.events = events;
        this.counts = counts;
    }

    static String table(long jobId) {
        if (jobId <= 0) throw new IllegalArgumentException("job id " + jobId);
        return "enterprise_import_stage_" + jobId;
    }

    /**
     * Creates the job's stage on a connection and in a transaction of its own (the stage must
     * outlive the request that validates the file) and starts a COPY into it: rows written to
     * the writer reach the database while the next ones are still being parsed. Nothing is kept
     * unless {@link Writer#complete()} is called.
     */
    public Writer open(long jobId) {
        String table = table(jobId);
        try {
            Connection con = dataSource.getConnection();
            try {
                con.setAutoCommit(false);
                try (Statement st = con.createStatement()) {
                    st.execute("CREATE UNLOGGED TABLE " + table + " (" + EnterpriseStageRows.COLUMNS + ")");
                }
                CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
                return new Writer(con, copy, table);
            } catch (SQLException | RuntimeException e) {
                con.rollback();
                con.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the stage of import job " + jobId, e);
        }
    }

    /** Writes the valid rows of one file into its stage, in file order. */
    public final class Writer implements AutoCloseable {
        private final Connection con;
        private final CopyIn copy;
        private final String table;
        private long written;
        private boolean completed;

        private Writer(Connection con, CopyIn copy, String table) {
            this.con = con;
            this.copy = copy;
            this.table = table;
        }

        public void write(List<EnterpriseData> rows) {
            send(stageRows.encode(rows, written), rows.size());
        }

        /** A row's line for {@link #writeEncoded}: the costly part, on any thread. */
        public byte[] encode(EnterpriseData row) {
            return stageRows.encodeUnnumbered(row);
        }

        /** Writes rows that {@link #encode} turned into lines, in file order. */
        public void writeEncoded(List<byte[]> lines) {
            send(EnterpriseStageRows.numbered(lines, written), lines.size());
        }

        private void send(byte[] bytes, int rows) {
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write to " + table, e);
            }
            written += rows;
        }

        /** Ends the COPY, gathers the planner's statistics for the merge, and commits the stage. */
        public void complete() {
            try {
                copy.endCopy();
                try (Statement st = con.createStatement()) {
                    st.execute("ANALYZE " + table);
                }
                con.commit();
                completed = true;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot complete " + table, e);
            }
        }

        @Override
        public void close() {
            try (con) {
                if (copy.isActive()) copy.cancelCopy();
                if (!completed) con.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot close " + table, e);
            }
        }
    }

    /** The rows in the job's stage, or -1 when it has none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long stagedRows(long jobId) {
        String table = table(jobId);
        Boolean exists = jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table);
        if (!Boolean.TRUE.equals(exists)) return -1;
        Long n = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return n == null ? -1 : n;
    }

    /**
     * Saves the job's staged rows in the caller's transaction and drops the stage. Existing
     * enterprises are updated only where something differs (so the same file twice changes
     * nothing, and unchanged rows are not even locked); the others are inserted in USCC order.
     * Whatever counts enterprises by region, size class or status hears of each one moved.
     * The whole stage is refused if a row lies outside what the scope may write.
     *
     * <p>A first load ({@link FirstLoads}: at least as many new enterprises as the registry holds,
     * and at least 100,000) locks the registry, drops its secondary indexes, inserts in file order,
     * and builds them again ({@link RegistryIndexes}). <b>Readers and writers of the registry wait for the
     * whole commit</b>; if the lock is not granted within a few seconds, nothing changes and
     * {@link ImportRetryLater} says the registry is busy (the job and its stage are kept).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BulkUpsertResult commit(Scope scope, long jobId, long stagedRows, String source) {
        String table = table(jobId);
        counts.registryChanged();
        return jdbc.execute((ConnectionCallback<BulkUpsertResult>) con -> {
            List<RegistryIndexes.Definition> rebuilt = isFirstLoad(con, table, stagedRows) ? lockForFirstLoad(con) : null;
            EnterpriseBulkLoader.requireWithinScope(con, scope, table, texts);
            boolean bulk = rebuilt == null && stagedRows >= GinPendingLists.BULK_ROWS;
            if (bulk) GinPendingLists.enlargeForThisTransaction(con);
            // Counted again under the lock: nobody can register one of them any more.
            boolean allNew = rebuilt != null && newRows(con, table) == stagedRows;
            List<EnterpriseReclassified> reclassified = allNew ? List.of() : Reclassifications.before(con, table);
            if (rebuilt != null) RegistryIndexes.drop(con, rebuilt);
            int updated = 0;
            if (!allNew) { // a join of the whole stage with the registry, for nothing when every row is new
                changeAudit.recordChanges(con, table, false, AuditAction.IMPORT,
                        texts.stored("enterprise.audit.importUpdate", "%s", String.valueOf(jobId)), null);
                try (Statement st = con.createStatement()) {
                    updated = st.executeUpdate(UPDATE_CHANGED.formatted(table));
                }
            }
            reclassified.forEach(events::publishEvent);
            int inserted = 0;
            try (var ps = con.prepareStatement((rebuilt == null ? INSERT_NEW : INSERT_NEW_UNINDEXED).formatted(table))) {
                ps.setString(1, source);
                ps.setFetchSize(10_000);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted++;
                        events.publishEvent(new EnterpriseRegistered(rs.getString(1), rs.getString(2), rs.getString(3), source));
                    }
                }
            }
            if (rebuilt != null) {
                RegistryIndexes.build(con, rebuilt);
                vacuum.afterCommit();
            }
            if (bulk) GinPendingLists.mergeNow(con);
            try (Statement st = con.createStatement()) {
                st.execute("DROP TABLE " + table);
            }
            return new BulkUpsertResult(inserted, updated, (int) (stagedRows - inserted - updated));
        });
    }

    /**
     * Whether committing {@code rows} valid rows may be a first load that locks the registry (the
     * import page warns before the commit). Counts the rows as new: some may be updates.
     */
    public boolean mayBeFirstLoad(long rows) {
        return firstLoads.possible(rows);
    }

    private boolean isFirstLoad(Connection con, String table, long stagedRows) throws SQLException {
        if (!firstLoads.possible(stagedRows) || !RegistryIndexes.mayRebuild(con)) return false;
        long registry = firstLoads.registryRows();
        // A stage holds one row per USCC, so each registered enterprise takes at most one of its rows:
        // when even the rest make a first load, the count (0.6 s for a million rows) is not needed.
        if (firstLoads.applies(stagedRows - registry, registry)) return true;
        return firstLoads.applies(newRows(con, table), registry);
    }

    /** The staged rows whose USCC the registry does not hold yet. */
    private static long newRows(Connection con, String table) throws SQLException {
        try (Statement st = con.createStatement(); var rs = st.executeQuery("""
                SELECT count(*) FROM %s s WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = s.uscc)"""
                .formatted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Locks the registry and reads the definitions of the indexes to rebuild; busy: ImportRetryLater. */
    private static List<RegistryIndexes.Definition> lockForFirstLoad(Connection con) throws SQLException {
        try {
            RegistryIndexes.lock(con);
        } catch (SQLException e) {
            if (RegistryIndexes.LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw new ImportRetryLater(e, "enterprise.import.registryBusy");
            }
            throw e;
        }
        return RegistryIndexes.rebuildable(con);
    }

    /** Drops the job's stage, if it has one. */
    public void discard(long jobId) {
        jdbc.execute("DROP TABLE IF EXISTS " + table(jobId));
    }

    // The validation allows one row per USCC in a file, so the stage needs no de-duplication.
    private static final String UPDATE_CHANGED = """
            UPDATE enterprise e SET
                name = s.name, name_grams = s.name_grams, region_code = s.region_code, industry_code = s.industry_code,
                industry_division = s.industry_division, industry_section = s.industry_section,
                ownership_code = s.ownership_code, employees = s.employees, revenue = s.revenue, assets = s.assets,
                size_class = s.size_class, legal_representative = s.legal_representative,
                contact_person = s.contact_person, contact_phone_enc = s.contact_phone_enc,
                contact_phone_hash = s.contact_phone_hash, address = s.address, established_on = s.established_on,
                status = s.status, tags = s.tags, updated_at = now(), version = e.version + 1
            FROM %s s
            WHERE e.uscc = s.uscc AND """ + RegistryChangeAudit.CHANGED;

    // A plain INSERT: no speculative insertion per row. In USCC order: the three USCC indexes then
    // take each row next to the one before instead of on a random page (bench 3: a third less database
    // CPU for 200,000 new rows, and a tenth of the full-page images in the WAL after a checkpoint), while
    // the primary key and the (column, id DESC) indexes still take the new ids at one end of their range.
    // The ids of one import therefore follow its USCCs, not its file order; the bulk loader of the demo
    // registry keeps file order (see EnterpriseBulkLoader).
    // COLLATE "C": USCCs are ASCII digits and capitals, which the usual collations order as bytes do (same
    // order on bench 3's data), and comparing bytes is a little cheaper than the database's collation (sorting
    // 200,000 staged rows: 0.22-0.28 s of the database's CPU instead of 0.29-0.31 s).
    // A concurrent registration of the same USCC makes the unique index refuse the whole commit.
    private static final String INSERT_NEW_ROWS = """
            INSERT INTO enterprise (uscc, name, region_code, industry_code, industry_division, industry_section,
                ownership_code, employees, revenue, assets, size_class, legal_representative, contact_person,
                contact_phone_enc, contact_phone_hash, address, established_on, status, tags, source, name_grams)
            SELECT s.uscc, s.name, s.region_code, s.industry_code, s.industry_division, s.industry_section,
                s.ownership_code, s.employees, s.revenue, s.assets, s.size_class, s.legal_representative,
                s.contact_person, s.contact_phone_enc, s.contact_phone_hash, s.address, s.established_on, s.status,
                s.tags, ?, s.name_grams
            FROM %s s
            WHERE NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.uscc = s.uscc)
            """;
    private static final String RETURNING = "RETURNING uscc, name, region_code";
    private static final String INSERT_NEW = INSERT_NEW_ROWS + "ORDER BY s.uscc COLLATE \"C\"\n" + RETURNING;

    // A first load inserts into a table without its secondary indexes (RegistryIndexes): no index to keep
    // local, so no sort either (a million staged rows spilled 290 MB to disk and took 4.6 s to sort, bench 3).
    // The new ids follow the file, as in the bulk loader.
    private static final String INSERT_NEW_UNINDEXED = INSERT_NEW_ROWS + RETURNING;
}
