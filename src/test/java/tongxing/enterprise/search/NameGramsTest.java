package tongxing.enterprise.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.freshUscc;

/**
 * The name's bigram codes (V107): the application and the database compute the same codes, a row
 * written by SQL alone gets them from the triggers, and the name search finds by them.
 */
@TongxingTest
class NameGramsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnterpriseRegistry registry;

    @Test
    void codes_are_the_lower_cased_adjacent_pairs_distinct_and_sorted() {
        assertThat(NameGrams.of("AbAb")).containsExactly(('a' << 16) + 'b', ('b' << 16) + 'a');
        assertThat(NameGrams.of("海口")).containsExactly(('海' << 16) + '口');
        assertThat(NameGrams.of("海")).isEmpty();
        assertThat(NameGrams.of("")).isEmpty();
        assertThat(NameGrams.literal("海口市")).isEqualTo("{" + (('口' << 16) + '市') + "," + (('海' << 16) + '口') + "}");
    }

    @Test
    void the_database_function_computes_the_same_codes_as_the_application() {
        for (String name : List.of("海南椰风酒店管理有限公司", "ＡＢＣ（海口）科技有限公司", "Hainan ABC Trading Co., Ltd.",
                "𠀀𠀁家具厂", "啊啊啊啊", "x", "海口市美兰区\"引号\"商行")) {
            String stored = jdbc.sql("SELECT CAST(enterprise_name_grams(:n) AS text)").param("n", name)
                    .query(String.class).single();
            assertThat(stored).as(name).isEqualTo(NameGrams.literal(name));
        }
    }

    @Test
    void a_row_written_by_sql_alone_gets_its_codes_on_insert_and_on_a_change_of_name() {
        String uscc = freshUscc("460100");
        jdbc.sql("""
                        INSERT INTO enterprise (uscc, name, region_code, industry_code, industry_division, industry_section, size_class)
                        VALUES (:u, '琼州码头装卸服务部', '460100', '52', '52', 'G', 'MICRO')""").param("u", uscc).update();
        assertThat(storedCodes(uscc)).isEqualTo(NameGrams.literal("琼州码头装卸服务部"));

        jdbc.sql("UPDATE enterprise SET name = '椰城物流中心' WHERE uscc = :u").param("u", uscc).update();
        assertThat(storedCodes(uscc)).isEqualTo(NameGrams.literal("椰城物流中心"));
    }

    @Test
    void an_enterprise_saved_through_the_registry_is_found_by_a_two_character_search_of_its_new_name() {
        String uscc = freshUscc("460100");
        var created = registry.create(Scope.province(), data(uscc, "万绿园茶艺有限公司"), "MANUAL");
        assertThat(storedCodes(uscc)).isEqualTo(NameGrams.literal("万绿园茶艺有限公司"));
        assertThat(byNameSearch("茶艺")).contains(uscc);

        registry.update(Scope.province(), created.id(), created.version(), data(uscc, "万绿园咖啡有限公司"));
        assertThat(storedCodes(uscc)).isEqualTo(NameGrams.literal("万绿园咖啡有限公司"));
        assertThat(byNameSearch("咖啡")).contains(uscc);
        assertThat(byNameSearch("茶艺")).doesNotContain(uscc);
    }

    private List<String> byNameSearch(String query) {
        NameMatch match = NameMatch.of(query).orElseThrow();
        return jdbc.sql("SELECT e.uscc FROM enterprise e WHERE " + match.sql()).params(match.params())
                .query(String.class).list();
    }

    private String storedCodes(String uscc) {
        return jdbc.sql("SELECT CAST(name_grams AS text) FROM enterprise WHERE uscc = :u").param("u", uscc)
                .query(String.class).single();
    }

    private static EnterpriseData data(String uscc, String name) {
        return new EnterpriseData(uscc, name, "460100", "52", null, 5, null, null, null, null, null, null,
                null, "ACTIVE", List.of());
    }
}
