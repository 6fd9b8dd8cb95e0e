package tongxing.enterprise.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.CurrentUser;
import tongxing.support.Logins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

/** The detail page tells staff who registered and changed an enterprise, field by field, from the audit log. */
@TongxingTest
@AutoConfigureMockMvc
class EnterpriseHistoryWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;

    @Test
    void a_change_shows_who_made_it_and_each_field_with_its_old_and_new_value_named_as_the_page_names_it() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + RegistryFixture.marker() + "修改记录测试有限公司").inIndustry("52").withEmployees(30));
        Logins.runAs(users, "haikou");
        try {
            EnterpriseData d = e.data();
            registry.update(CurrentUser.require().scope(), e.id(), e.version(), new EnterpriseData(d.uscc(), d.name(), d.regionCode(),
                    "62", d.ownershipCode(), 45, d.revenue(), d.assets(), d.legalRepresentative(), d.contactPerson(),
                    d.contactPhone(), d.address(), d.establishedOn(), "SUSPENDED", d.tags()));
        } finally {
            Logins.clear();
        }

        String html = mvc.perform(get("/enterprises/{id}", e.id()).with(as(users, "haikou")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String history = html.substring(html.indexOf("id=\"enterprise-history\""));
        assertThat(history).contains("修改记录", ">haikou<", ">admin<", "登记")
                .contains("从业人员：", ">30</del>", ">45</span>")
                .contains("行业：", "52 零售业", "62 餐饮业")
                .contains("经营状态：", "存续（在营）", "停业（歇业）")
                .doesNotContain("industryCode", "SUSPENDED", "在审计日志中查看");
        assertThat(history.indexOf(">haikou<")).as("newest first").isLessThan(history.indexOf(">admin<"));

        mvc.perform(get("/enterprises/{id}", e.id()).with(as(users, "admin")))
                .andExpect(content().string(containsString("/admin/audit?entityType=enterprise&amp;entityId=" + e.uscc())));
        mvc.perform(get("/enterprises/{id}", e.id()).with(as(users, "sanya"))).andExpect(status().isNotFound());
    }

    @Test
    void an_enterprise_account_does_not_see_which_staff_accounts_changed_its_record() throws Exception {
        mvc.perform(get("/enterprises/mine").with(as(users, "enterprise")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"enterprise-history\""))));
    }
}
