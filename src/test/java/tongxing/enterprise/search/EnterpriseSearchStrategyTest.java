package tongxing.enterprise.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * The ways the registry search saves work at a million rows (remembered totals, the row-by-row
 * name test for common names, the index-led order) must never change which enterprises a user
 * sees, nor their order.
 */
@TongxingTest
class EnterpriseSearchStrategyTest {

    @Autowired EnterpriseSearch search;
    @Autowired EnterpriseRegistry registry;
    @Autowired OwnershipTypes ownershipTypes;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    String marker;
    Enterprise sanyaHotel, sanyaShop, haikouShop;

    @BeforeEach
    void registerThreeEnterprises() {
        marker = "鹏" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
        sanyaHotel = create(anEnterprise().inRegion("460200").named("三亚" + marker + "酒店有限公司").inIndustry("61"));
        haikouShop = create(anEnterprise().inRegion("460100").named("海口" + marker + "商贸有限公司").inIndustry("52"));
        sanyaShop = create(anEnterprise().inRegion("460200").named("三亚" + marker + "商贸有限公司").inIndustry("52"));
    }

    @Test
    void a_new_enterprise_is_counted_at_once_although_totals_are_remembered() {
        EnterpriseFilter byMarker = EnterpriseFilter.none().withName(marker);
        assertThat(search.page(Scope.province(), byMarker, 1).total()).isEqualTo(3);
        assertThat(search.page(Scope.province(), byMarker, 1).total()).isEqualTo(3);

        Enterprise another = create(anEnterprise().inRegion("460100").named("海口" + marker + "物流有限公司").inIndustry("54"));

        EnterprisePage after = search.page(Scope.province(), byMarker, 1);
        assertThat(after.total()).isEqualTo(4);
        assertThat(after.rows()).extracting(EnterpriseRow::id).first().isEqualTo(another.id());
    }

    @Test
    void a_changed_enterprise_leaves_the_remembered_totals_of_its_old_values() {
        EnterpriseFilter sanyaMarker = EnterpriseFilter.none().withName(marker).withRegion("460200");
        assertThat(search.page(Scope.province(), sanyaMarker, 1).total()).isEqualTo(2);

        Logins.runAs(users, "admin");
        try {
            var data = anEnterprise().inRegion("460100").named(sanyaShop.name()).inIndustry("52").withUscc(sanyaShop.uscc()).build();
            registry.update(Scope.province(), sanyaShop.id(), sanyaShop.version(), data);
        } finally {
            Logins.clear();
        }

        assertThat(search.page(Scope.province(), sanyaMarker, 1).total()).isEqualTo(1);
    }

    @Test
    void the_row_by_row_name_test_finds_the_same_enterprises_in_the_same_order_as_the_bigram_index() {
        for (Scope scope : List.of(Scope.province(), new Scope.Region("460200"))) {
            for (String name : List.of(marker, marker + "商贸", marker.substring(0, 2))) {
                EnterpriseFilter f = EnterpriseFilter.none().withName(name);
                assertThat(ids(EnterpriseConditions.of(scope, f, ownershipTypes, true)))
                        .isEqualTo(ids(EnterpriseConditions.of(scope, f, ownershipTypes, false)));
            }
        }
        assertThat(ids(EnterpriseConditions.of(new Scope.Region("460200"), EnterpriseFilter.none().withName(marker),
                ownershipTypes, true))).containsExactly(sanyaShop.id(), sanyaHotel.id());
    }

    @Test
    void a_list_led_by_a_region_or_an_industry_is_still_newest_first() {
        EnterpriseFilter shops = new EnterpriseFilter(marker, null, null, "F", "52", "MICRO", null, null);
        EnterpriseConditions led = EnterpriseConditions.of(Scope.province(), shops, ownershipTypes);
        assertThat(led.orderBy()).isEqualTo("e.industry_division, e.id DESC");
        assertThat(search.page(Scope.province(), new EnterpriseFilter(marker, null, null, "F", "52", null, null, null), 1).rows())
                .extracting(EnterpriseRow::id).containsExactly(sanyaShop.id(), haikouShop.id());
        assertThat(search.page(new Scope.Region("460200"), EnterpriseFilter.none().withName(marker), 1).rows())
                .extracting(EnterpriseRow::id).containsExactly(sanyaShop.id(), sanyaHotel.id());
    }

    @Test
    void a_uscc_prefix_lists_the_newest_first_from_the_prefix_index() {
        String prefix = haikouShop.uscc().substring(0, 17);
        assertThat(search.page(Scope.province(), new EnterpriseFilter(null, prefix, null, null, null, null, null, null), 1)
                .rows()).extracting(EnterpriseRow::id).containsExactly(haikouShop.id());
        assertThat(search.page(new Scope.Region("460200"), new EnterpriseFilter(null, prefix, null, null, null, null, null, null), 1)
                .rows()).isEmpty();
    }

    private List<Long> ids(EnterpriseConditions where) {
        return jdbc.sql("SELECT e.id FROM enterprise e WHERE " + where.sql() + " ORDER BY " + where.orderBy())
                .params(where.params()).query(Long.class).list();
    }

    private Enterprise create(TestEnterprises builder) {
        Logins.runAs(users, "admin");
        try {
            return registry.create(Scope.province(), builder.build(), "MANUAL");
        } finally {
            Logins.clear();
        }
    }
}
