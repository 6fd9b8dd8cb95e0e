package tongxing.enterprise;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;
import tongxing.platform.security.Scope;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;
import static tongxing.support.TestEnterprises.freshUscc;

/** Regions by position for a loader's whole month: many USCCs in order take the merge-join form. */
@TongxingTest
class EnterpriseLocationsTest {

    @Autowired
    EnterpriseLocations locations;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void many_usccs_in_order_get_their_regions_by_position_and_the_transactions_settings_back() {
        List<EnterpriseData> registered = new ArrayList<>();
        for (int i = 0; i < 300; i++)
            registered.add(anEnterprise().inRegion(i % 3 == 0 ? "460200" : "460100").named("定位测试" + i).build());
        registry.upsert(Scope.province(), registered.iterator(), "TEST");
        List<String> asked = new ArrayList<>();
        registered.forEach(e -> asked.add(e.uscc()));
        // Enough USCCs for the merge-join form; most of them not registered (null by position).
        while (asked.size() < EnterpriseLocations.MERGE_JOIN_FROM + 10) asked.add(freshUscc("460100"));
        asked.sort(null);
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        registered.forEach(e -> expected.put(e.uscc(), e.regionCode()));

        String[] regions = tx.execute(s -> {
            String[] r = locations.regionsAt(asked);
            assertThat(jdbc.sql("SELECT current_setting('enable_hashjoin')").query(String.class).single()).isEqualTo("on");
            return r;
        });

        assertThat(regions).hasSize(asked.size());
        for (int i = 0; i < asked.size(); i++) assertThat(regions[i]).as(asked.get(i)).isEqualTo(expected.get(asked.get(i)));
        // Outside a transaction the same answer.
        assertThat(locations.regionsAt(asked)).containsExactly(regions);
    }
}
