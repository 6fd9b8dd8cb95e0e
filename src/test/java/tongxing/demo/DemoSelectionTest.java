package tongxing.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo opens this year's gold coordinator selection with nominations at two stages, made through the real services. */
@TongxingTest
class DemoSelectionTest {

    @Autowired JdbcClient jdbc;

    @Test
    void thisYearsCoordinatorSelectionIsOpenWithHaikouSubmittedAndSanyaStillDrafting() {
        String state = jdbc.sql("SELECT state FROM selection_campaign WHERE year = :y AND category = 'COORDINATOR'")
                .param("y", LocalDate.now().getYear()).query(String.class).single();
        assertThat(state).isEqualTo("NOMINATING");
        List<String> rows = jdbc.sql("""
                        SELECT n.nominating_region || ':' || n.status FROM selection_nomination n
                        JOIN selection_campaign c ON c.id = n.campaign_id
                        WHERE c.year = :y AND c.category = 'COORDINATOR' AND n.nominated_by IN ('haikou', 'sanya')
                        ORDER BY 1""")
                .param("y", LocalDate.now().getYear()).query(String.class).list();
        assertThat(rows).containsExactly("460100:SUBMITTED", "460100:SUBMITTED", "460100:SUBMITTED", "460200:DRAFT", "460200:DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'selection_nomination' AND username = 'haikou'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
}
