package tongxing.enterprise;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;
import tongxing.demo.HainanEnterpriseGenerator;
import tongxing.platform.security.Scope;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk write of enterprises lets the GIN pending lists grow (GinPendingLists) and merges them
 * before it commits: afterwards the name index holds every new name, and nothing is left pending.
 */
@TongxingTest
class BulkLoadGinPendingListTest {

    @Autowired
    EnterpriseBulkLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_bulk_load_leaves_the_name_index_merged_and_complete() {
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS pgstattuple").update();
        // A generated name's brand comes from the row's number modulo 2^20. Numbered from 1,030,000 modulo 2^20, these
        // rows never share a name with FirstLoadIndexRebuildTest's (from 820,000,000, which is 13,568 modulo 2^20) or
        // the demo's (from 0), whose searches expect to find exactly their own rows; and below 800,000,000 they never
        // share a USCC with them either. A seed of its own, too.
        long offset = (600 + System.currentTimeMillis() / 1000 % 160) * (1L << 20) + 1_030_000;
        List<EnterpriseData> rows = new ArrayList<>();
        new HainanEnterpriseGenerator(GinPendingLists.BULK_ROWS + 500, 20261205L, offset).forEachRemaining(rows::add);

        BulkUpsertResult result = loader.upsert(Scope.province(), rows.iterator(), "IMPORT");

        assertThat(result.inserted() + result.updated() + result.unchanged()).isEqualTo(rows.size());
        for (String index : List.of("enterprise_name_grams_idx", "enterprise_tags_idx")) {
            Long pending = jdbc.sql("SELECT pending_tuples FROM pgstatginindex(CAST(:i AS regclass))").param("i", index)
                    .query(Long.class).single();
            assertThat(pending).as(index + " pending tuples").isZero();
        }
        for (int i : new int[]{0, 4_321, rows.size() - 1}) {
            String name = rows.get(i).name();
            String brand = name.substring(name.length() - 12, name.length() - 6); // characters across brand and trade
            assertThat(byIndex(name)).as(name).contains(rows.get(i).uscc());
            assertThat(byIndex(brand)).containsExactlyInAnyOrderElementsOf(byScan(brand));
        }
    }

    private List<String> byIndex(String query) {
        return tx.execute(s -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return jdbc.sql("""
                            SELECT uscc FROM enterprise e
                            WHERE e.name_grams @> CAST(:q AS int[]) AND e.name ILIKE :like""")
                    .param("q", tongxing.enterprise.search.NameGrams.literal(query)).param("like", "%" + query + "%").query(String.class).list();
        });
    }

    private List<String> byScan(String query) {
        return jdbc.sql("SELECT uscc FROM enterprise WHERE name ILIKE :like").param("like", "%" + query + "%")
                .query(String.class).list();
    }
}
