package tongxing.enterprise.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class EnterpriseDetailWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void detail_shows_names_not_codes_and_the_phone_masked() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460200")
                .named("三亚" + RegistryFixture.marker() + "度假酒店有限公司").inIndustry("61").withOwnership("230")
                .withEmployees(350).withRevenue("12000").withPhone("13912345678").taggedWith("旅游业", "自贸港重点园区"));

        mvc.perform(get("/enterprises/{id}", e.id()).with(as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三亚市")))
                .andExpect(content().string(containsString("住宿和餐饮业")))
                .andExpect(content().string(containsString("港、澳、台商独资经营企业")))
                .andExpect(content().string(containsString("大型")))
                .andExpect(content().string(containsString("旅游业")))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(containsString("id=\"reveal-phone\"")));
    }

    @Test
    void an_unclassified_enterprise_says_why() throws Exception {
        Enterprise bank = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + RegistryFixture.marker() + "小额贷款有限公司").inIndustry("66"));

        mvc.perform(get("/enterprises/{id}", bank.id()).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未划型")))
                .andExpect(content().string(containsString("未划型原因：该行业不在统计上大中小微型企业划分范围内")));
    }

    @Test
    void city_staff_reveals_the_full_phone_and_the_look_is_audited() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + RegistryFixture.marker() + "商贸有限公司").withPhone("13698765432"));

        mvc.perform(post("/enterprises/{id}/phone", e.id()).with(as(users, "haikou")).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13698765432")))
                .andExpect(content().string(not(containsString("<html"))));

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform_audit_log
                        WHERE action = 'VIEW_PERSONAL_DATA' AND username = 'haikou' AND entity_type = 'enterprise' AND entity_id = :uscc""")
                .param("uscc", e.uscc()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void revealing_without_javascript_returns_the_page_with_the_full_number() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + RegistryFixture.marker() + "物流有限公司").withPhone("13611112222"));

        mvc.perform(post("/enterprises/{id}/phone", e.id()).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("13611112222")));
    }

    @Test
    void other_roles_and_other_regions_cannot_reveal_the_phone() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + RegistryFixture.marker() + "科技有限公司").withPhone("13633334444"));

        mvc.perform(post("/enterprises/{id}/phone", e.id()).with(as(users, "union")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprises/{id}/phone", e.id()).with(as(users, "sanya")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'VIEW_PERSONAL_DATA' AND entity_id = :uscc")
                .param("uscc", e.uscc()).query(Long.class).single()).isZero();
    }

    @Test
    void a_missing_enterprise_is_404() throws Exception {
        mvc.perform(get("/enterprises/{id}", 987_654_321L).with(as(users, "admin"))).andExpect(status().isNotFound());
    }
}
