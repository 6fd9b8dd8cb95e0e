package tongxing.platform.imports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of import jobs and their row errors. */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            j.id, j.kind, j.file_name, j.stored_path, j.username, coalesce(u.display_name, j.username) AS display_name,
            j.region_code, j.status, j.total_rows, j.valid_rows, j.error_rows, j.inserted_rows, j.updated_rows,
            j.unchanged_rows, j.created_at, j.finished_at, j.message, j.error_report_path
            FROM platform_import_job j LEFT JOIN platform_user u ON u.username = j.username""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long create(String kind, String fileName, String storedPath, CurrentUser user) {
        return jdbc.sql("""
                        INSERT INTO platform_import_job (kind, file_name, stored_path, username, region_code, status)
                        VALUES (:kind, :fileName, :storedPath, :username, :region, 'VALIDATING') RETURNING id""")
                .param("kind", kind).param("fileName", truncate(fileName, 255)).param("storedPath", storedPath)
                .param("username", user.username()).param("region", user.regionCode())
                .query(Long.class).single();
    }

    void validated(long id, int total, int valid, int errors, String errorReportPath) {
        jdbc.sql("""
                        UPDATE platform_import_job SET status = 'VALIDATED', total_rows = :total, valid_rows = :valid,
                            error_rows = :errors, error_report_path = :report WHERE id = :id""")
                .param("id", id).param("total", total).param("valid", valid).param("errors", errors)
                .param("report", errorReportPath).update();
    }

    void insertErrors(long jobId, List<RowError> errors) {
        if (errors.isEmpty()) return;
        template.batchUpdate("""
                        INSERT INTO platform_import_error (job_id, row_number, column_index, column_name, value, reason)
                        VALUES (?, ?, ?, ?, ?, ?)""", errors, errors.size(), (ps, e) -> {
            ps.setLong(1, jobId);
            ps.setInt(2, e.rowNumber());
            ps.setInt(3, e.columnIndex());
            ps.setString(4, truncate(e.column(), 60));
            ps.setString(5, truncate(e.value(), 500));
            ps.setString(6, truncate(e.reason(), 300));
        });
    }

    /** An error row as the validation writes it. */
    record RowError(int rowNumber, int columnIndex, String column, String value, String reason) {
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE j.id = :id").param("id", id).query(this::map).optional();
    }

    /** A job its uploader or a province administrator may open; anyone else gets nothing (404). */
    Optional<ImportJob> findVisible(long id, CurrentUser user) {
        return find(id).filter(j -> mayOpen(j, user));
    }

    static boolean mayOpen(ImportJob job, CurrentUser user) {
        return user.role() == Role.PROVINCE_ADMIN || job.username().equals(user.username());
    }

    /** Locks the job and marks it committed if it is still waiting; false when someone was faster or it is done. */
    boolean claimForCommit(long id) {
        return jdbc.sql("UPDATE platform_import_job SET status = 'COMMITTED' WHERE id = :id AND status = 'VALIDATED'")
                .param("id", id).update() == 1;
    }

    void committed(long id, ImportCounts counts) {
        jdbc.sql("""
                        UPDATE platform_import_job SET inserted_rows = :inserted, updated_rows = :updated,
                            unchanged_rows = :unchanged, stored_path = NULL, finished_at = now() WHERE id = :id""")
                .param("id", id).param("inserted", counts.inserted()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).update();
    }

    boolean failed(long id, String message) {
        return jdbc.sql("""
                        UPDATE platform_import_job SET status = 'FAILED', message = :message, stored_path = NULL,
                            finished_at = now() WHERE id = :id AND status = 'VALIDATED'""")
                .param("id", id).param("message", truncate(message, 1000)).update() == 1;
    }

    boolean cancelled(long id) {
        return jdbc.sql("""
                        UPDATE platform_import_job SET status = 'CANCELLED', stored_path = NULL, finished_at = now()
                        WHERE id = :id AND status = 'VALIDATED'""")
                .param("id", id).update() == 1;
    }

    List<ImportError> errors(long jobId, int limit) {
        return jdbc.sql("""
                        SELECT row_number, column_name, value, reason FROM platform_import_error
                        WHERE job_id = :id ORDER BY row_number, column_index LIMIT :limit""")
                .param("id", jobId).param("limit", limit)
                .query((rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The row numbers with errors, fetched with a cursor (call inside a transaction for large files). */
    BitSet errorRows(long jobId) {
        BitSet rows = new BitSet();
        jdbc.sql("SELECT DISTINCT row_number FROM platform_import_error WHERE job_id = :id")
                .withFetchSize(10_000).param("id", jobId)
                .query((RowCallbackHandler) rs -> rows.set(rs.getInt(1)));
        return rows;
    }

    /** Jobs the user may list: all (province administrators), their region's (city staff), else their own. */
    List<ImportJob> history(CurrentUser user, int offset, int limit) {
        Map<String, Object> p = new HashMap<>(visibilityParams(user));
        p.put("offset", offset);
        p.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " WHERE " + visibility(user)
                        + " ORDER BY j.created_at DESC, j.id DESC LIMIT :limit OFFSET :offset")
                .params(p).query(this::map).list();
    }

    long count(CurrentUser user) {
        return jdbc.sql("SELECT count(*) FROM platform_import_job j WHERE " + visibility(user))
                .params(visibilityParams(user)).query(Long.class).single();
    }

    private static String visibility(CurrentUser user) {
        if (user.role() == Role.PROVINCE_ADMIN) return "TRUE";
        if (user.role() == Role.CITY_STAFF) return "j.region_code = :vis_region";
        return "j.username = :vis_user";
    }

    private static Map<String, Object> visibilityParams(CurrentUser user) {
        if (user.role() == Role.PROVINCE_ADMIN) return Map.of();
        if (user.role() == Role.CITY_STAFF) return Map.of("vis_region", user.regionCode());
        return Map.of("vis_user", user.username());
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"), rs.getString("stored_path"),
                rs.getString("username"), rs.getString("display_name"), rs.getString("region_code"),
                ImportJobStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("valid_rows"),
                rs.getInt("error_rows"), rs.getInt("inserted_rows"), rs.getInt("updated_rows"),
                rs.getInt("unchanged_rows"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("message"), rs.getString("error_report_path"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
