package tongxing.enterprise;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.search.EnterpriseCounts;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upserts many already-validated enterprises in one transaction: rows are streamed into a
 * temporary table with COPY, then merged by USCC. A row identical to the stored one changes
 * nothing (so loading the same file twice is a no-op), and a failure anywhere rolls back all.
 */
@Service
public class EnterpriseBulkLoader {

    private static final int ENCODE_BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final EnterpriseStageRows stageRows;
    private final ApplicationEventPublisher events;
    private final EnterpriseCounts counts;
    private final FirstLoads firstLoads;
    private final RegistryVacuum vacuum;
    private final Texts texts;
    private final RegistryChangeAudit changeAudit;

    EnterpriseBulkLoader(JdbcTemplate jdbc, EnterpriseStageRows stageRows, ApplicationEventPublisher events,
                         EnterpriseCounts counts, FirstLoads firstLoads, RegistryVacuum vacuum, Texts texts,
                         RegistryChangeAudit changeAudit) {
        this.changeAudit = changeAudit;
        this.counts = counts;
        this.firstLoads = firstLoads;
        this.vacuum = vacuum;
        this.texts = texts;
        this.jdbc = jdbc;
        this.stageRows = stageRows;
        this.events = events;
    }

    /**
     * Rows must have passed {@link EnterpriseValidation}; within the batch the last row of a USCC
     * wins. As a last line of defence, the whole batch is refused if any row lies outside what
     * the scope may write (its own region, or an existing enterprise of another region).
     */
    @Transactional
    public BulkUpsertResult upsert(Scope scope, Iterator<EnterpriseData> rows, String source) {
        return load(scope, rows, source, null, null);
    }

    /** What an upsert did to one USCC of the batch. */
    public enum Outcome {
        INSERTED, UPDATED, UNCHANGED
    }

    /**
     * Same as {@link #upsert}, and also tells what happened to each USCC of the batch, for
     * callers that answer per item (the system API). Keeps one entry per USCC in memory, so it
     * is meant for batches of thousands, not for whole files.
     */
    @Transactional
    public Map<String, Outcome> upsertReportingEach(Scope scope, Iterator<EnterpriseData> rows, String source, String actor) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        load(scope, rows, source, outcomes, actor);
        return outcomes;
    }

    /** {@code actor}: who the audit names for the changed enterprises when nobody is logged in (the API client). */
    private BulkUpsertResult load(Scope scope, Iterator<EnterpriseData> rows, String source, Map<String, Outcome> outcomes,
                                  String actor) {
        counts.registryChanged();
        return jdbc.execute((ConnectionCallback<BulkUpsertResult>) con -> {
            try (Statement st = con.createStatement()) {
                st.execute("CREATE TEMP TABLE enterprise_stage (" + EnterpriseStageRows.COLUMNS + ") ON COMMIT DROP");
            }
            long copied = copy(con, rows);
            requireWithinScope(con, scope, "enterprise_stage", texts);
            boolean bulk = copied >= GinPendingLists.BULK_ROWS;
            if (bulk) GinPendingLists.enlargeForThisTransaction(con);
            List<EnterpriseReclassified> reclassified = Reclassifications.before(con, "enterprise_stage");
            changeAudit.recordChanges(con, "enterprise_stage", true, actor == null ? AuditAction.UPDATE : AuditAction.API_CALL,
                    texts.stored("enterprise.audit.bulkUpdate", "%s", source), actor);
            BulkUpsertResult result = merge(con, source, outcomes);
            reclassified.forEach(events::publishEvent);
            if (bulk) GinPendingLists.mergeNow(con);
            if (firstLoads.isLarge(copied)) vacuum.afterCommit();
            return result;
        });
    }

    /** @return the rows copied */
    private long copy(Connection con, Iterator<EnterpriseData> rows) throws SQLException {
        CopyIn in = con.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY enterprise_stage FROM STDIN (FORMAT csv)");
        try {
            long ord = 0;
            List<EnterpriseData> batch = new ArrayList<>(ENCODE_BATCH);
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() == ENCODE_BATCH || !rows.hasNext()) {
                    byte[] bytes = stageRows.encode(batch, ord);
                    in.writeToCopy(bytes, 0, bytes.length);
                    ord += batch.size();
                    batch.clear();
                }
            }
            in.endCopy();
            return ord;
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    /** Refuses the whole stage if any row lies outside what the scope may write. */
    static void requireWithinScope(Connection con, Scope scope, String stageTable, Texts texts) throws SQLException {
        if (scope instanceof Scope.Province) return;
        if (!(scope instanceof Scope.Region region))
            throw new ValidationException("regionCode", texts.get("enterprise.error.bulkNotAllowed"));
        try (var ps = con.prepareStatement("""
                SELECT s.uscc FROM %s s LEFT JOIN enterprise e ON e.uscc = s.uscc
                WHERE s.region_code <> ? OR (e.id IS NOT NULL AND e.region_code <> ?) LIMIT 1""".formatted(stageTable))) {
            ps.setString(1, region.regionCode());
            ps.setString(2, region.regionCode());
            try (var rs = ps.executeQuery()) {
                if (rs.next())
                    throw new ValidationException("regionCode", texts.get("enterprise.error.bulkOutsideRegion", rs.getString(1)));
            }
        }
    }

    private BulkUpsertResult merge(Connection con, String source, Map<String, Outcome> outcomes) throws SQLException {
        String sql = """
                WITH latest AS (
                    SELECT DISTINCT ON (uscc) * FROM enterprise_stage ORDER BY uscc, ord DESC
                ), merged AS (
                    INSERT INTO enterprise AS e (uscc, name, region_code, industry_code, industry_division, industry_section,
                        ownership_code, employees, revenue, assets, size_class, legal_representative, contact_person,
                        contact_phone_enc, contact_phone_hash, address, established_on, status, tags, source, name_grams)
                    SELECT uscc, name, region_code, industry_code, industry_division, industry_section, ownership_code,
                        employees, revenue, assets, size_class, legal_representative, contact_person, contact_phone_enc,
                        contact_phone_hash, address, established_on, status, tags, ?, name_grams
                    FROM latest
                    ORDER BY ord  -- file order: ids stay in arrival order, not grouped by USCC area code
                    ON CONFLICT (uscc) DO UPDATE SET
                        name = EXCLUDED.name, name_grams = EXCLUDED.name_grams, region_code = EXCLUDED.region_code,
                        industry_code = EXCLUDED.industry_code,
                        industry_division = EXCLUDED.industry_division, industry_section = EXCLUDED.industry_section,
                        ownership_code = EXCLUDED.ownership_code, employees = EXCLUDED.employees, revenue = EXCLUDED.revenue,
                        assets = EXCLUDED.assets, size_class = EXCLUDED.size_class,
                        legal_representative = EXCLUDED.legal_representative, contact_person = EXCLUDED.contact_person,
                        contact_phone_enc = EXCLUDED.contact_phone_enc, contact_phone_hash = EXCLUDED.contact_phone_hash,
                        address = EXCLUDED.address, established_on = EXCLUDED.established_on, status = EXCLUDED.status,
                        tags = EXCLUDED.tags, updated_at = now(), version = e.version + 1
                    WHERE (e.name, e.region_code, e.industry_code, e.ownership_code, e.employees, e.revenue, e.assets,
                           e.legal_representative, e.contact_person, e.contact_phone_hash, e.address, e.established_on,
                           e.status, e.tags)
                        IS DISTINCT FROM
                          (EXCLUDED.name, EXCLUDED.region_code, EXCLUDED.industry_code, EXCLUDED.ownership_code,
                           EXCLUDED.employees, EXCLUDED.revenue, EXCLUDED.assets, EXCLUDED.legal_representative,
                           EXCLUDED.contact_person, EXCLUDED.contact_phone_hash, EXCLUDED.address, EXCLUDED.established_on,
                           EXCLUDED.status, EXCLUDED.tags)
                    RETURNING (xmax = 0) AS inserted, uscc, name, region_code
                )
                SELECT inserted, uscc, name, region_code, (SELECT count(*) FROM latest) AS staged FROM merged""";
        int inserted = 0, updated = 0;
        long staged = -1;
        List<EnterpriseRegistered> registered = new ArrayList<>();
        try (var ps = con.prepareStatement(sql)) {
            ps.setString(1, source);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    staged = rs.getLong("staged");
                    if (outcomes != null)
                        outcomes.put(rs.getString("uscc"), rs.getBoolean("inserted") ? Outcome.INSERTED : Outcome.UPDATED);
                    if (rs.getBoolean("inserted")) {
                        inserted++;
                        registered.add(new EnterpriseRegistered(rs.getString("uscc"), rs.getString("name"),
                                rs.getString("region_code"), source));
                    } else {
                        updated++;
                    }
                }
            }
        }
        if (staged < 0) {
            try (Statement st = con.createStatement(); var rs = st.executeQuery("SELECT count(DISTINCT uscc) FROM enterprise_stage")) {
                rs.next();
                staged = rs.getLong(1);
            }
        }
        if (outcomes != null) {
            try (Statement st = con.createStatement(); var rs = st.executeQuery("SELECT DISTINCT uscc FROM enterprise_stage")) {
                while (rs.next()) outcomes.putIfAbsent(rs.getString(1), Outcome.UNCHANGED);
            }
        }
        registered.forEach(events::publishEvent);
        return new BulkUpsertResult(inserted, updated, (int) (staged - inserted - updated));
    }
}
