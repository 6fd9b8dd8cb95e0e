package tongxing.enterprise;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tongxing.TongxingTest;
import tongxing.platform.security.Scope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * A batch of the market-regulation feed that moves a registered enterprise to another region or
 * status is heard of by whatever counts enterprises by them, as an edit is; a batch that only
 * renames, or a new enterprise, is not a move.
 */
@TongxingTest
@RecordApplicationEvents
class BulkLoadReclassificationTest {

    @Autowired
    EnterpriseBulkLoader loader;
    @Autowired
    ApplicationEvents events;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_feed_moving_an_enterprise_publishes_its_move_once_with_the_last_row_of_the_batch() {
        EnterpriseData haikou = anEnterprise().inRegion("460100").named("批量迁址测试公司").inIndustry("52").build();
        EnterpriseData other = anEnterprise().inRegion("460100").named("批量改名测试公司").inIndustry("52").build();
        loader.upsert(Scope.province(), List.of(haikou, other).iterator(), "TEST");
        events.clear();

        EnterpriseData movedThenClosed = withRegionAndStatus(haikou, "460200", "DEREGISTERED");
        EnterpriseData renamed = anEnterprise().withUscc(other.uscc()).inRegion("460100").named("已改名测试公司").inIndustry("52").build();
        loader.upsert(Scope.province(), List.of(withRegionAndStatus(haikou, "460200", "ACTIVE"), renamed, movedThenClosed).iterator(), "TEST");

        assertThat(events.stream(EnterpriseReclassified.class)).singleElement().satisfies(e -> {
            assertThat(e.uscc()).isEqualTo(haikou.uscc());
            assertThat(e.regionBefore()).isEqualTo("460100");
            assertThat(e.regionAfter()).isEqualTo("460200");
            assertThat(e.statusBefore()).isEqualTo("ACTIVE");
            assertThat(e.statusAfter()).isEqualTo("DEREGISTERED");
        });
    }

    @Test
    void each_enterprise_the_batch_changes_is_audited_once_with_the_last_row_of_the_batch_and_a_new_one_is_not() {
        EnterpriseData kept = anEnterprise().inRegion("460100").named("批量审计测试公司").inIndustry("52").build();
        loader.upsert(Scope.province(), List.of(kept).iterator(), "TEST");
        EnterpriseData fresh = anEnterprise().inRegion("460100").named("批量审计新增公司").inIndustry("52").build();

        loader.upsert(Scope.province(), List.of(withRegionAndStatus(kept, "460200", "ACTIVE"), fresh,
                withRegionAndStatus(kept, "460200", "DEREGISTERED")).iterator(), "TEST");

        List<java.util.Map<String, Object>> entries = jdbc.sql("""
                        SELECT entity_id, summary, before_data::text AS before, after_data::text AS after FROM platform_audit_log
                        WHERE action = 'UPDATE' AND entity_type = 'enterprise' AND entity_id IN (:u)""")
                .param("u", List.of(kept.uscc(), fresh.uscc())).query().listOfRows();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("entity_id", kept.uscc());
            assertThat((String) e.get("summary")).isEqualTo("批量写入修改企业：批量审计测试公司（来源 TEST）");
            assertThat((String) e.get("before")).as("jsonb keeps shorter keys first").isEqualTo("{\"status\": \"ACTIVE\", \"regionCode\": \"460100\"}");
            assertThat((String) e.get("after")).isEqualTo("{\"status\": \"DEREGISTERED\", \"regionCode\": \"460200\"}");
        });
    }

    private static EnterpriseData withRegionAndStatus(EnterpriseData d, String region, String status) {
        return new EnterpriseData(d.uscc(), d.name(), region, d.industryCode(), d.ownershipCode(), d.employees(), d.revenue(),
                d.assets(), d.legalRepresentative(), d.contactPerson(), d.contactPhone(), d.address(), d.establishedOn(), status,
                d.tags());
    }
}
