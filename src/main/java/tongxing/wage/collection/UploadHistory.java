package tongxing.wage.collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/** The uploads of a return and their row-level reports (read model; the caller has checked the return's scope). */
@Service
public class UploadHistory {

    public record Upload(long id, String fileName, int rows, int errors, int warnings, boolean accepted, String uploadedBy,
                         OffsetDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;

    UploadHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Upload> of(long returnId) {
        return jdbc.sql("""
                        SELECT id, file_name, rows_read, error_count, warning_count, accepted, uploaded_by, uploaded_at
                        FROM wage_upload WHERE survey_enterprise_id = :r ORDER BY id DESC LIMIT 20""")
                .param("r", returnId)
                .query((rs, n) -> new Upload(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getBoolean(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class))).list();
    }

    public boolean belongsTo(long uploadId, long returnId) {
        return jdbc.sql("SELECT count(*) FROM wage_upload WHERE id = :u AND survey_enterprise_id = :r")
                .param("u", uploadId).param("r", returnId).query(Integer.class).single() > 0;
    }

    public List<RowIssue> issues(long uploadId, int limit) {
        return jdbc.sql("""
                        SELECT line_no, column_name, cell_value, reason, severity FROM wage_upload_issue
                        WHERE upload_id = :u ORDER BY line_no, severity LIMIT :limit""")
                .param("u", uploadId).param("limit", limit).query((rs, n) -> issue(rs)).list();
    }

    public void streamIssues(long uploadId, Consumer<RowIssue> sink) {
        try (var s = jdbc.sql("""
                        SELECT line_no, column_name, cell_value, reason, severity FROM wage_upload_issue
                        WHERE upload_id = :u ORDER BY line_no, severity""")
                .param("u", uploadId).query((rs, n) -> issue(rs)).stream()) {
            s.forEach(sink);
        }
    }

    private static RowIssue issue(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RowIssue(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                RowIssue.Severity.valueOf(rs.getString(5)));
    }
}
