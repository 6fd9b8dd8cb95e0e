package tongxing.platform.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps the audit log append-only: no UPDATE, no DELETE of a recent row. */
@TongxingTest
@AutoConfigureMockMvc
class AuditLogAppendOnlyTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private long freshEntry(String marker) {
        audit.recordAs("appendonly", AuditAction.LOGIN_FAILURE, marker);
        return jdbc.sql("SELECT id FROM platform_audit_log WHERE summary = :m").param("m", marker).query(Long.class).single();
    }

    @Test
    void an_entry_cannot_be_changed() {
        long id = freshEntry("append-only update " + System.nanoTime());
        assertThatThrownBy(() -> jdbc.sql("UPDATE platform_audit_log SET summary = 'forged' WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("platform_audit_log is append-only");
        assertThat(jdbc.sql("SELECT summary FROM platform_audit_log WHERE id = :id").param("id", id).query(String.class).single())
                .startsWith("append-only update");
    }

    @Test
    void a_recent_entry_cannot_be_deleted() {
        long id = freshEntry("append-only delete " + System.nanoTime());
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_audit_log WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("audit entries are kept at least 180 days");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform_audit_log").update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void only_entries_older_than_180_days_may_be_purged() {
        long old = jdbc.sql("""
                        INSERT INTO platform_audit_log (at, username, action, summary)
                        VALUES (now() - interval '181 days', 'appendonly', 'LOGOUT', 'old entry') RETURNING id""")
                .query(Long.class).single();
        assertThat(jdbc.sql("DELETE FROM platform_audit_log WHERE id = :id").param("id", old).update()).isEqualTo(1);
    }
}
