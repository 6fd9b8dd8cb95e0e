package tongxing.enterprise.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * Each filter narrows the registry list. Every enterprise here carries a marker in its name that
 * no other enterprise has, and each query is combined with it, so the demo data cannot interfere.
 */
@TongxingTest
class EnterpriseSearchTest {

    @Autowired EnterpriseSearch search;
    @Autowired EnterpriseRegistry registry;
    @Autowired UserDetailsService users;

    String marker;
    Enterprise hotel, restaurant, shop, foreignShop, bank;

    @BeforeEach
    void registerFiveEnterprises() {
        marker = "鲲" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
        Logins.runAs(users, "admin");
        try {
            hotel = create(anEnterprise().inRegion("460200").named("三亚" + marker + "椰林湾酒店有限公司").inIndustry("61")
                    .withEmployees(350).withRevenue("12000").taggedWith("旅游业"));
            restaurant = create(anEnterprise().inRegion("460200").named("三亚" + marker + "海鲜餐饮有限公司").inIndustry("62")
                    .withEmployees(15).withRevenue("300"));
            shop = create(anEnterprise().inRegion("460100").named("海口" + marker + "百货商贸有限公司").inIndustry("52")
                    .withEmployees(60).withRevenue("900").taggedWith("旅游业", "专精特新"));
            foreignShop = create(anEnterprise().inRegion("460100").named("海口" + marker + "免税品贸易有限公司").inIndustry("51")
                    .withOwnership("330").withEmployees(3).withRevenue("50"));
            bank = create(anEnterprise().inRegion("469002").named("琼海" + marker + "小额贷款股份有限公司").inIndustry("66")
                    .withOwnership("160").withStatus("DEREGISTERED"));
        } finally {
            Logins.clear();
        }
    }

    @Test
    void name_substring_finds_every_enterprise_containing_it_newest_first() {
        assertThat(names(filter().withName(marker))).containsExactly(bank.name(), foreignShop.name(), shop.name(),
                restaurant.name(), hotel.name());
        assertThat(ids(new EnterpriseFilter(marker + "椰林", null, null, null, null, null, null, null)))
                .containsExactly(hotel.id());
    }

    @Test
    void a_two_character_chinese_query_and_a_one_character_query_both_match_substrings() {
        String two = marker.substring(marker.length() - 2);       // two digits of the marker
        assertThat(ids(new EnterpriseFilter(marker.substring(0, 2), null, null, null, null, null, null, null))).contains(hotel.id());
        assertThat(ids(new EnterpriseFilter(two + "小额", null, null, null, null, null, null, null))).contains(bank.id());
        // "海鲜" is two Chinese characters, the usual way people search.
        List<Long> seafood = ids(new EnterpriseFilter("海鲜", null, null, null, null, null, null, null));
        assertThat(seafood).contains(restaurant.id()).doesNotContain(hotel.id(), shop.id());
        List<Long> oneChar = ids(new EnterpriseFilter("鲲", null, "460200", null, null, null, null, null));
        assertThat(oneChar).contains(hotel.id(), restaurant.id()).doesNotContain(shop.id());
    }

    @Test
    void name_search_ignores_case_and_takes_like_wildcards_literally() {
        Logins.runAs(users, "admin");
        Enterprise latin;
        try {
            latin = create(anEnterprise().inRegion("460100").named("海口" + marker + "Blue_Sky科技有限公司").inIndustry("65"));
        } finally {
            Logins.clear();
        }
        assertThat(ids(filter().withName(marker + "blue_sky"))).containsExactly(latin.id());
        assertThat(ids(filter().withName(marker + "%"))).isEmpty();
        assertThat(ids(filter().withName(marker + "Blue_"))).containsExactly(latin.id());
        assertThat(ids(filter().withName(marker + "Blue%"))).isEmpty();
    }

    @Test
    void uscc_matches_whole_or_by_prefix() {
        assertThat(ids(new EnterpriseFilter(null, shop.uscc(), null, null, null, null, null, null))).containsExactly(shop.id());
        assertThat(ids(new EnterpriseFilter(null, shop.uscc().substring(0, 17).toLowerCase(), null, null, null, null, null, null)))
                .containsExactly(shop.id());
        assertThat(ids(new EnterpriseFilter(marker, "91460200TQ", null, null, null, null, null, null)))
                .containsExactly(restaurant.id(), hotel.id());
        assertThat(ids(new EnterpriseFilter(null, shop.uscc() + "X", null, null, null, null, null, null))).isEmpty();
    }

    @Test
    void region_section_and_division_narrow() {
        assertThat(ids(filter().withName(marker).withRegion("460200"))).containsExactly(restaurant.id(), hotel.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, "H", null, null, null, null)))
                .containsExactly(restaurant.id(), hotel.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, "F", null, null, null, null)))
                .containsExactly(foreignShop.id(), shop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, "61", null, null, null))).containsExactly(hotel.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, "F", "52", null, null, null))).containsExactly(shop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, "H", "52", null, null, null))).isEmpty();
    }

    @Test
    void size_class_narrows() {
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, "LARGE", null, null))).containsExactly(hotel.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, "MEDIUM", null, null))).containsExactly(shop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, "SMALL", null, null))).containsExactly(restaurant.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, "MICRO", null, null))).containsExactly(foreignShop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, "UNCLASSIFIED", null, null))).containsExactly(bank.id());
        assertThat(rows(new EnterpriseFilter(marker, null, null, null, null, "LARGE", null, null)).get(0).sizeClass())
                .isEqualTo(SizeClass.LARGE);
    }

    @Test
    void ownership_narrows_and_a_parent_type_takes_in_its_children() {
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, "330", null))).containsExactly(foreignShop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, "300", null))).containsExactly(foreignShop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, "160", null))).containsExactly(bank.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, "150", null)))
                .containsExactly(shop.id(), restaurant.id(), hotel.id());   // 159 其他有限责任公司 is under 150
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, "100", null)))
                .containsExactly(bank.id(), shop.id(), restaurant.id(), hotel.id());
    }

    @Test
    void tag_narrows_to_enterprises_carrying_it() {
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, null, "旅游业"))).containsExactly(shop.id(), hotel.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, null, "专精特新"))).containsExactly(shop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, null, "旅游"))).isEmpty();
    }

    @Test
    void status_narrows_and_an_unknown_status_is_ignored() {
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, null, null, "DEREGISTERED")))
                .containsExactly(bank.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, null, null, "ACTIVE")))
                .containsExactly(foreignShop.id(), shop.id(), restaurant.id(), hotel.id());
        assertThat(ids(new EnterpriseFilter(marker, null, null, null, null, null, null, null, "SUSPENDED"))).isEmpty();
        assertThat(new EnterpriseFilter(marker, null, null, null, null, null, null, null, "CLOSED").status()).isNull();
    }

    @Test
    void filters_combine() {
        assertThat(ids(new EnterpriseFilter(marker, null, "460100", "F", null, "MEDIUM", "159", "旅游业"))).containsExactly(shop.id());
        assertThat(ids(new EnterpriseFilter(marker, null, "460200", "F", null, null, null, null))).isEmpty();
    }

    @Test
    void the_scope_always_applies_whatever_the_filter_says() {
        Scope sanya = new Scope.Region("460200");
        assertThat(search.page(sanya, filter().withName(marker), 1).rows()).extracting(EnterpriseRow::id)
                .containsExactly(restaurant.id(), hotel.id());
        assertThat(search.page(sanya, filter().withName(marker).withRegion("460100"), 1).rows()).isEmpty();
        assertThat(search.page(new Scope.Organization(1, "460100"), filter().withName(marker), 1).rows()).isEmpty();
        assertThat(search.page(new Scope.Enterprise(shop.uscc()), filter(), 1).rows()).extracting(EnterpriseRow::id)
                .containsExactly(shop.id());
    }

    @Test
    void rows_carry_names_for_codes_and_only_a_masked_phone() {
        EnterpriseRow row = rows(new EnterpriseFilter(null, foreignShop.uscc(), null, null, null, null, null, null)).get(0);
        assertThat(row.regionName()).isEqualTo("海口市");
        assertThat(row.industryName()).isEqualTo("批发业");
        assertThat(row.ownershipName()).isEqualTo("外资企业");
        assertThat(row.maskedPhone()).isEqualTo("138****8000");
    }

    @Test
    void the_stream_hands_over_the_same_rows_as_the_pages_within_the_scope() {
        List<Long> streamed = new ArrayList<>();
        long count = search.stream(new Scope.Region("460100"), filter().withName(marker), r -> streamed.add(r.id()));
        assertThat(streamed).containsExactly(foreignShop.id(), shop.id());
        assertThat(count).isEqualTo(2);
    }

    @Test
    void the_total_is_exact_and_pages_hold_twenty() {
        EnterprisePage page = search.page(Scope.province(), filter().withName(marker), 1);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.totalCapped()).isFalse();
        assertThat(page.pageCount()).isEqualTo(1);
        EnterprisePage all = search.page(Scope.province(), EnterpriseFilter.none(), 1);
        assertThat(all.rows()).hasSize(EnterprisePage.SIZE);
        assertThat(all.rows()).extracting(EnterpriseRow::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    private EnterpriseFilter filter() {
        return EnterpriseFilter.none();
    }

    private Enterprise create(TestEnterprises builder) {
        return registry.create(Scope.province(), builder.build(), "MANUAL");
    }

    private List<EnterpriseRow> rows(EnterpriseFilter f) {
        return search.page(Scope.province(), f, 1).rows();
    }

    private List<Long> ids(EnterpriseFilter f) {
        return rows(f).stream().map(EnterpriseRow::id).toList();
    }

    private List<String> names(EnterpriseFilter f) {
        return rows(f).stream().map(EnterpriseRow::name).toList();
    }
}
