package tongxing.coordinator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.coordinator.coverage.CoverageAssignments;
import tongxing.coordinator.coverage.CoverageIndicators;
import tongxing.coordinator.coverage.CoverageReport;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.platform.validation.ValidationException;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class CoverageIndicatorsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EnterpriseRegistry enterprises;
    @Autowired
    CoordinatorRegistry coordinators;
    @Autowired
    CoverageAssignments assignments;
    @Autowired
    CoverageIndicators indicators;
    @Autowired
    EnterpriseCoverageQuery query;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private Enterprise enterprise(TestEnterprises builder) {
        return enterprises.create(Scope.province(), builder.build(), "TEST");
    }

    private static TestEnterprises large(String region, String tag) {
        return anEnterprise().inRegion(region).taggedWith(tag).withEmployees(400).withRevenue("30000");
    }

    private static TestEnterprises medium(String region, String tag) {
        return anEnterprise().inRegion(region).taggedWith(tag).withEmployees(60).withRevenue("800");
    }

    private static TestEnterprises small(String region, String tag) {
        return anEnterprise().inRegion(region).taggedWith(tag).withEmployees(20).withRevenue("200");
    }

    private static TestEnterprises micro(String region, String tag) {
        return anEnterprise().inRegion(region).taggedWith(tag).withEmployees(5).withRevenue("50");
    }

    @Test
    void three_of_four_large_and_medium_and_four_of_ten_small_and_micro_give_75_and_40_percent() throws Exception {
        Logins.runAs(users, "admin");
        String region = "460300", tag = "覆盖" + UUID.randomUUID().toString().substring(0, 8);
        Enterprise l1 = enterprise(large(region, tag)), l2 = enterprise(medium(region, tag)),
                l3 = enterprise(medium(region, tag)), l4 = enterprise(medium(region, tag));
        assertThat(List.of(l1.sizeClass(), l2.sizeClass(), l3.sizeClass(), l4.sizeClass()))
                .containsExactly(SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.MEDIUM, SizeClass.MEDIUM);
        List<Enterprise> smallOnes = new ArrayList<>();
        for (int i = 0; i < 10; i++) smallOnes.add(enterprise(i % 2 == 0 ? small(region, tag) : micro(region, tag)));
        // A suspended large enterprise does not count at all.
        EnterpriseData d = large(region, tag).build();
        enterprises.create(Scope.province(), new EnterpriseData(d.uscc(), d.name(), d.regionCode(), d.industryCode(),
                d.ownershipCode(), d.employees(), d.revenue(), d.assets(), d.legalRepresentative(), d.contactPerson(),
                d.contactPhone(), d.address(), d.establishedOn(), "SUSPENDED", d.tags()), "TEST");

        coordinators.create(Scope.province(), aCoordinator().inRegion(region).inEnterprise(l1.uscc()).build());
        coordinators.create(Scope.province(), aCoordinator().inRegion(region).inEnterprise(l2.uscc()).build());
        // An in-house coordinator of a small enterprise covers it, but not as a grassroots coordinator.
        coordinators.create(Scope.province(), aCoordinator().inRegion(region).inEnterprise(smallOnes.get(4).uscc()).build());
        Coordinator grassroots = coordinators.create(Scope.province(), aCoordinator().inRegion(region).atPost(WorkplaceType.TOWNSHIP_STREET).build());
        assignments.assign(Scope.province(), grassroots.id(), List.of(l3.uscc(), smallOnes.get(0).uscc(), smallOnes.get(1).uscc(),
                smallOnes.get(2).uscc(), smallOnes.get(3).uscc()));

        CoverageReport report = indicators.report(Scope.province(), tag);
        CoverageReport.Row row = report.row(region);
        assertThat(row.largeMedium().enterprises()).isEqualTo(4);
        assertThat(row.largeMedium().covered()).isEqualTo(3);
        assertThat(row.largeMedium().percentText()).isEqualTo("75.0%");
        assertThat(row.smallMicro().enterprises()).isEqualTo(10);
        assertThat(row.smallMicro().covered()).isEqualTo(4);
        assertThat(row.smallMicro().percentText()).isEqualTo("40.0%");
        assertThat(report.largeMediumTotal().percentText()).isEqualTo("75.0%");
        assertThat(report.smallMicroTotal().percentText()).isEqualTo("40.0%");
        assertThat(report.row("460100").largeMedium().enterprises()).isZero();
        Logins.clear();

        mvc.perform(get("/coordinators/coverage").param("tag", tag).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("75.0%"), containsString("40.0%"))));
        mvc.perform(get("/coordinators/coverage/uncovered").param("indicator", "LARGE_MEDIUM").param("region", region)
                        .param("tag", tag).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(l4.uscc()), not(containsString(l1.uscc())),
                        not(containsString(l3.uscc())))));
        byte[] xlsx = mvc.perform(get("/coordinators/coverage/uncovered/export").param("indicator", "SMALL_MICRO")
                        .param("region", region).param("tag", tag).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = TestSheets.read(xlsx).values().iterator().next();
        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.stream().map(r -> r.get(0)).toList()).contains(smallOnes.get(4).uscc()).doesNotContain(smallOnes.get(0).uscc());
    }

    @Test
    void the_indicator_table_exports_as_shown_within_the_users_scope_and_the_export_is_audited() throws Exception {
        Logins.runAs(users, "haikou");
        CoverageReport report = indicators.report(tongxing.platform.security.CurrentUser.require().scope(), null);
        Logins.clear();
        long exportsBefore = jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'EXPORT' AND entity_type = 'coordinator_coverage'")
                .query(Long.class).single();

        byte[] xlsx = mvc.perform(get("/coordinators/coverage/export").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = TestSheets.read(xlsx).values().iterator().next();

        assertThat(rows).hasSize(1 + report.rows().size() + 1);
        assertThat(rows.get(0)).hasSize(9).startsWith("所属市县", "大中型企业配备协调员：企业数");
        assertThat(rows.stream().skip(1).map(r -> r.get(0)).toList()).contains("海口市", "合计").doesNotContain("三亚市");
        CoverageReport.Row haikou = report.row("460100");
        List<String> line = rows.stream().filter(r -> r.get(0).equals("海口市")).findFirst().orElseThrow();
        assertThat(line.subList(1, 5)).containsExactly(String.valueOf(haikou.largeMedium().enterprises()),
                String.valueOf(haikou.largeMedium().covered()), String.valueOf(haikou.largeMedium().uncovered()),
                haikou.largeMedium().percentText());
        assertThat(rows.get(rows.size() - 1).get(5)).isEqualTo(String.valueOf(report.smallMicroTotal().enterprises()));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'EXPORT' AND entity_type = 'coordinator_coverage'")
                .query(Long.class).single()).isEqualTo(exportsBefore + 1);
    }

    @Test
    void the_rule_button_covers_every_uncovered_small_and_micro_enterprise_of_the_region() throws Exception {
        String region = "469005";
        Logins.runAs(users, "admin");
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 7; i++) fresh.add(enterprise(i % 2 == 0 ? small(region, "规则") : micro(region, "规则")).uscc());
        Coordinator g1 = coordinators.create(Scope.province(), aCoordinator().inRegion(region).atPost(WorkplaceType.UNION).build());
        Coordinator g2 = coordinators.create(Scope.province(), aCoordinator().inRegion(region).atPost(WorkplaceType.HRSS).build());
        Logins.clear();

        // Sanya may not distribute Wenchang's enterprises.
        mvc.perform(post("/coordinators/coverage/distribute").param("region", region).with(Logins.as(users, "sanya")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "您只能分配本辖区的企业"));
        assertThat(uncovered(region)).isPositive();

        mvc.perform(post("/coordinators/coverage/distribute").param("region", region).with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(uncovered(region)).isZero();
        List<String> ruleCovered = jdbc.sql("SELECT uscc FROM coordinator_coverage WHERE source = 'RULE' AND uscc IN (:u)")
                .param("u", fresh).query(String.class).list();
        assertThat(ruleCovered).containsExactlyInAnyOrderElementsOf(fresh);
        long newOnes = jdbc.sql("SELECT count(*) FROM coordinator_coverage WHERE coordinator_id IN (:c)")
                .param("c", List.of(g1.id(), g2.id())).query(Long.class).single();
        assertThat(newOnes).isPositive();
    }

    @Test
    void a_list_may_only_assign_enterprises_of_the_coordinators_region_to_a_grassroots_coordinator() {
        Logins.runAs(users, "admin");
        Enterprise haikou = enterprise(small("460100", "指派"));
        Enterprise sanya = enterprise(small("460200", "指派"));
        Coordinator g = coordinators.create(Scope.province(), aCoordinator().inRegion("460100").atPost(WorkplaceType.SOCIAL_ORG).build());
        Coordinator inHouse = coordinators.create(Scope.province(), aCoordinator().inRegion("460100").inEnterprise(haikou.uscc()).build());

        assertThatThrownBy(() -> assignments.assign(Scope.province(), g.id(), List.of(haikou.uscc(), sanya.uscc())))
                .isInstanceOf(ValidationException.class).hasMessageContaining(sanya.uscc());
        assertThatThrownBy(() -> assignments.assign(Scope.province(), inHouse.id(), List.of(haikou.uscc())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("企业协调员");
        assertThatThrownBy(() -> assignments.assign(new Scope.Region("460200"), g.id(), List.of(haikou.uscc())))
                .isInstanceOf(tongxing.platform.web.NotFoundException.class);
        assertThat(assignments.assign(Scope.province(), g.id(), List.of(haikou.uscc()))).isEqualTo(1);
        assertThat(assignments.assign(Scope.province(), g.id(), List.of(haikou.uscc()))).isZero();
    }

    private long uncovered(String region) {
        return query.countOutside(Scope.province(), indicators.universe(CoverageIndicators.Indicator.SMALL_MICRO, null), region,
                assignments.coveredByGrassroots());
    }
}
