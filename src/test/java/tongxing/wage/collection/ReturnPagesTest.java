package tongxing.wage.collection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.demo.DemoWage;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.wage.survey.Surveys;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

/** The return page: a bureau acting on a return in the wrong state or from a stale page reads why, never a bare 400/409. */
@TongxingTest
@AutoConfigureMockMvc
class ReturnPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Surveys surveys;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void logout() {
        Logins.clear();
    }

    long notStartedHaikouReturn() {
        return TestReturns.notStartedHaikouReturn(users, registry, surveys, jdbc);
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM wage_survey_enterprise WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void a_return_never_saved_starts_from_the_registry_and_once_saved_shows_what_was_saved() throws Exception {
        Logins.runAs(users, "admin");
        String uscc = registry.create(Scope.province(), anEnterprise().inRegion("460100").inIndustry("61").withOwnership("159")
                .withEmployees(42).build(), "test").uscc();
        surveys.selectListed(CurrentUser.require(), DemoWage.YEAR, List.of(new Located(uscc, "460100")), "test");
        Logins.clear();
        long id = jdbc.sql("SELECT id FROM wage_survey_enterprise WHERE year = :y AND uscc = :u")
                .param("y", DemoWage.YEAR).param("u", uscc).query(Long.class).single();

        mvc.perform(get("/wage/returns/{id}", id).with(Logins.as(users, "haikou"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"prefilled-hint\"")))
                .andExpect(content().string(containsString("name=\"industryCode\" value=\"61\"")))
                .andExpect(content().string(containsString("name=\"employees\" value=\"42\"")));

        mvc.perform(post("/wage/returns/{id}/form", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("version", String.valueOf(version(id))).param("industryCode", "62").param("ownershipCode", "159")
                        .param("sizeClass", "SMALL").param("regionCode", "460100").param("employees", "40").param("totalPay", "2400000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/wage/returns/{id}", id).with(Logins.as(users, "haikou"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"prefilled-hint\""))))
                .andExpect(content().string(containsString("name=\"industryCode\" value=\"62\"")))
                .andExpect(content().string(containsString("name=\"employees\" value=\"40\"")));
    }

    @Test
    void accepting_a_return_that_is_not_validated_redirects_with_the_reason_shown_on_the_page() throws Exception {
        long id = notStartedHaikouReturn();
        mvc.perform(post("/wage/returns/{id}/accept", id).param("version", String.valueOf(version(id)))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/wage/returns/" + id))
                .andExpect(flash().attribute("wageErrors", contains("只有校验通过（无错误、异常值已确认）的填报可以验收")));
        mvc.perform(post("/wage/returns/{id}/send-back", id).with(Logins.as(users, "haikou")).with(csrf()).param("reason", "数据有误"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("wageErrors", contains("只有已提交、已校验或已验收的填报可以退回")));
    }

    @Test
    void a_stale_page_says_the_return_changed_instead_of_a_conflict_error() throws Exception {
        long id = notStartedHaikouReturn();
        int stale = version(id);
        jdbc.sql("UPDATE wage_survey_enterprise SET version = version + 1 WHERE id = :id").param("id", id).update();
        mvc.perform(post("/wage/returns/{id}/form", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("version", String.valueOf(stale)).param("industryCode", "52").param("ownershipCode", "159")
                        .param("sizeClass", "SMALL").param("regionCode", "460100").param("employees", "1").param("totalPay", "60000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("wageErrors", contains(containsString("已被他人修改"))));
    }

    @Test
    void another_regions_bureau_gets_not_found_and_the_own_bureau_sees_the_page() throws Exception {
        long id = notStartedHaikouReturn();
        mvc.perform(get("/wage/returns/{id}", id).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/wage/returns/{id}", id).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"upload-form\"")));
    }
}
