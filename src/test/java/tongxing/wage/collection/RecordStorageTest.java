package tongxing.wage.collection;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;
import tongxing.wage.guideline.SurveyData;

import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where an upload's records go: the COPY data buffered on the side, and V105's per-statement parent check. */
@TongxingTest
class RecordStorageTest {

    @Autowired JdbcTemplate template;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void copy_data_larger_than_the_memory_limit_goes_through_a_temporary_file_unchanged() {
        long[] sent = new long[1];
        long[] result = tx.execute(s -> template.execute((ConnectionCallback<long[]>) con -> {
            try (Statement st = con.createStatement()) {
                st.execute("CREATE TEMP TABLE payload_check (n integer, t text) ON COMMIT DROP");
            }
            try (CopyPayload payload = new CopyPayload()) {
                StringBuilder sb = new StringBuilder();
                int rows = 0;
                while (payload.size() <= CopyPayload.MEMORY_LIMIT + 100_000) {
                    sb.append(rows).append(",行").append(rows % 97).append('\n');
                    rows++;
                    if (sb.length() > 60_000) payload.append(sb);
                }
                payload.append(sb);
                sent[0] = rows;
                CopyIn in = con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY payload_check FROM STDIN (FORMAT csv)");
                payload.writeTo(in);
                long copied = in.endCopy();
                try (var rs = con.createStatement().executeQuery(
                        "SELECT count(*), sum(n), count(*) FILTER (WHERE t <> '行' || (n % 97)) FROM payload_check")) {
                    rs.next();
                    return new long[]{copied, rs.getLong(1), rs.getLong(2), rs.getLong(3)};
                }
            }
        }));
        long n = sent[0];
        assertThat(result[0]).isEqualTo(n);
        assertThat(result[1]).isEqualTo(n);
        assertThat(result[2]).isEqualTo(n * (n - 1) / 2);
        assertThat(result[3]).isZero();
    }

    @Test
    void a_record_must_name_an_existing_return_and_goes_with_it() {
        SurveyData.Ent e = SurveyData.year(jdbc, 2071).enterprise("460100", "H").pays("4-03-01-01", 50000, 51000);
        assertThat(records(e.id)).isEqualTo(2);

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO wage_employee_record (survey_enterprise_id, year, uscc, line_no, occupation_code, base_pay)
                        VALUES (-1, 2071, :uscc, 1, '4-03-01-01', 1000)""").param("uscc", e.uscc).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> jdbc.sql("UPDATE wage_employee_record SET survey_enterprise_id = -1 WHERE survey_enterprise_id = :id")
                .param("id", e.id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE wage_survey_enterprise SET id = -5 WHERE id = :id").param("id", e.id).update())
                .isInstanceOf(DataAccessException.class);

        jdbc.sql("DELETE FROM wage_survey_enterprise WHERE id = :id").param("id", e.id).update();
        assertThat(records(e.id)).isZero();
    }

    private long records(long returnId) {
        return jdbc.sql("SELECT count(*) FROM wage_employee_record WHERE survey_enterprise_id = :id").param("id", returnId)
                .query(Long.class).single();
    }
}
