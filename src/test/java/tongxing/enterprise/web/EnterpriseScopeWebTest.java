package tongxing.enterprise.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

/** Data scope and role rules of the registry screens: out of scope is 404, a read-only role is 403. */
@TongxingTest
@AutoConfigureMockMvc
class EnterpriseScopeWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;

    Enterprise haikouHotel;

    @BeforeEach
    void registerAHaikouEnterprise() {
        haikouHotel = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("海口" + RegistryFixture.marker() + "酒店有限公司").inIndustry("61"));
    }

    @Test
    void sanya_user_gets_404_for_a_haikou_enterprise_on_detail_edit_and_update() throws Exception {
        mvc.perform(get("/enterprises/{id}", haikouHotel.id()).with(as(users, "sanya")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(haikouHotel.name()))));
        mvc.perform(get("/enterprises/{id}/edit", haikouHotel.id()).with(as(users, "sanya")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/{id}", haikouHotel.id()).with(as(users, "sanya")).with(csrf())
                        .param("name", "被三亚改名的企业").param("regionCode", "460200").param("industryCode", "61")
                        .param("status", "ACTIVE").param("version", Integer.toString(haikouHotel.version())))
                .andExpect(status().isNotFound());
        assertThat(registry.findById(Scope.province(), haikouHotel.id()).orElseThrow().name()).isEqualTo(haikouHotel.name());
    }

    @Test
    void haikou_user_opens_detail_and_edit_of_a_haikou_enterprise() throws Exception {
        mvc.perform(get("/enterprises/{id}", haikouHotel.id()).with(as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(haikouHotel.name())))
                .andExpect(content().string(containsString("海口市")));
        mvc.perform(get("/enterprises/{id}/edit", haikouHotel.id()).with(as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + haikouHotel.uscc() + "\"")));
    }

    @Test
    void sanya_user_does_not_find_a_haikou_enterprise_in_the_list_even_by_its_exact_code() throws Exception {
        mvc.perform(get("/enterprises").param("uscc", haikouHotel.uscc()).param("region", "460100").with(as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(haikouHotel.name()))))
                .andExpect(content().string(containsString("id=\"no-results\"")));
    }

    @Test
    void read_only_roles_get_403_on_every_write() throws Exception {
        for (String username : new String[]{"union", "expert", "coordinator"}) {
            mvc.perform(post("/enterprises").with(as(users, username)).with(csrf())
                            .param("uscc", tongxing.support.TestEnterprises.freshUscc("460100")).param("name", "不应保存的企业")
                            .param("regionCode", "460100").param("industryCode", "52").param("status", "ACTIVE"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/enterprises/{id}", haikouHotel.id()).with(as(users, username)).with(csrf())
                            .param("name", "不应保存的名称").param("regionCode", "460100").param("industryCode", "52")
                            .param("status", "ACTIVE").param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/enterprises/new").with(as(users, username))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE name LIKE '不应保存%'").query(Long.class).single()).isZero();
    }

    @Test
    void read_only_province_party_sees_the_list_without_create_or_edit_buttons() throws Exception {
        mvc.perform(get("/enterprises").with(as(users, "union")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"create-enterprise\""))))
                .andExpect(content().string(not(containsString("/edit\""))));
        mvc.perform(get("/enterprises/{id}", haikouHotel.id()).with(as(users, "union")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-enterprise\""))))
                .andExpect(content().string(not(containsString("id=\"reveal-phone\""))));
    }

    @Test
    void mediation_organization_has_no_registry() throws Exception {
        mvc.perform(get("/enterprises").with(as(users, "mediator"))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/export").with(as(users, "mediator"))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/{id}", haikouHotel.id()).with(as(users, "mediator"))).andExpect(status().isForbidden());
    }

    @Test
    void expert_sees_only_the_enterprises_assigned_to_them() throws Exception {
        Enterprise assigned = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("分配给专家" + RegistryFixture.marker() + "有限公司"));
        jdbc.sql("INSERT INTO platform_user_enterprise (user_id, uscc) SELECT id, :uscc FROM platform_user WHERE username = 'expert'")
                .param("uscc", assigned.uscc()).update();

        mvc.perform(get("/enterprises").with(as(users, "expert")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(assigned.name())))
                .andExpect(content().string(not(containsString(haikouHotel.name()))));
        mvc.perform(get("/enterprises/{id}", assigned.id()).with(as(users, "expert"))).andExpect(status().isOk());
        mvc.perform(get("/enterprises/{id}", haikouHotel.id()).with(as(users, "expert"))).andExpect(status().isNotFound());
    }

    @Test
    void enterprise_account_sees_its_own_record_under_mine_and_is_sent_there_from_the_list() throws Exception {
        mvc.perform(get("/enterprises/mine").with(as(users, "enterprise")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("海南椰风食品有限公司")))
                .andExpect(content().string(containsString("138****1234")))
                .andExpect(content().string(not(containsString("13876001234"))));
        mvc.perform(get("/enterprises").with(as(users, "enterprise"))).andExpect(redirectedUrl("/enterprises/mine"));
        mvc.perform(get("/enterprises/{id}", haikouHotel.id()).with(as(users, "enterprise"))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/mine").with(as(users, "haikou"))).andExpect(status().isNotFound());
    }
}
