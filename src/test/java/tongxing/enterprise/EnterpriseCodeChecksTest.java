package tongxing.enterprise;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tongxing.support.TestEnterprises.freshUscc;

/**
 * What the database itself guards in the registry, whatever the application checked: codes that
 * exist in the code tables (checked per statement, V98) and one enterprise per USCC (V99).
 */
@TongxingTest
class EnterpriseCodeChecksTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    int insert(String uscc, String region, String industry, String ownership) {
        return jdbc.sql("""
                        INSERT INTO enterprise (uscc, name, region_code, industry_code, industry_division, industry_section,
                            ownership_code, size_class)
                        VALUES (:uscc, '约束测试公司', :region, :industry, '52', 'G', :ownership, 'MICRO')""")
                .param("uscc", uscc).param("region", region).param("industry", industry).param("ownership", ownership)
                .update();
    }

    @Test
    void known_codes_are_accepted() {
        assertThat(insert(freshUscc("460100"), "460100", "52", "159")).isEqualTo(1);
        assertThat(insert(freshUscc("460100"), "460100", "52", null)).isEqualTo(1);
    }

    @Test
    void an_unknown_region_industry_or_ownership_code_is_refused_by_the_database() {
        assertThatThrownBy(() -> insert(freshUscc("460100"), "469999", "52", "159"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("unknown code");
        assertThatThrownBy(() -> insert(freshUscc("460100"), "460100", "9999", "159"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(freshUscc("460100"), "460100", "52", "999"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_update_to_an_unknown_code_is_refused_and_a_bulk_statement_fails_as_a_whole() {
        String a = freshUscc("460100"), b = freshUscc("460100");
        insert(a, "460100", "52", "159");
        insert(b, "460100", "52", "159");

        assertThatThrownBy(() -> jdbc.sql("""
                        UPDATE enterprise SET industry_code = CASE WHEN uscc = :b THEN '9999' ELSE '51' END
                        WHERE uscc IN (:a, :b)""").param("a", a).param("b", b).update())
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.sql("SELECT industry_code FROM enterprise WHERE uscc = :a").param("a", a).query(String.class).single())
                .isEqualTo("52");
    }

    @Test
    void a_code_the_registry_uses_cannot_be_deleted_or_renumbered() {
        insert(freshUscc("460100"), "460100", "52", "159");

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("DELETE FROM platform_ownership_type WHERE code = '159'").update()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("used by enterprises");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> jdbc.sql("UPDATE platform_region SET code = '469998' WHERE code = '460100'").update()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("used by enterprises");
    }

    @Test
    void one_enterprise_per_uscc_and_the_uscc_index_serves_equality_and_prefix_search() {
        String uscc = freshUscc("460100");
        insert(uscc, "460100", "52", "159");

        assertThatThrownBy(() -> insert(uscc, "460100", "52", "159")).isInstanceOf(DataIntegrityViolationException.class);
        String plans = tx.execute(s -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("EXPLAIN SELECT id FROM enterprise WHERE uscc = :u").param("u", uscc).query(String.class).list())
                    + "\n---\n" + String.join("\n", jdbc.sql("EXPLAIN SELECT id FROM enterprise WHERE uscc LIKE '91460100%'").query(String.class).list());
        });
        assertThat(plans.split("---")).allSatisfy(plan -> assertThat(plan).contains("enterprise_uscc_unique_idx"));
    }
}
