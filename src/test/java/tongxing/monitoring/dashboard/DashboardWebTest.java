package tongxing.monitoring.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard, the feeds page and the rules page, on the demo data (24 months, detected). */
@TongxingTest
@AutoConfigureMockMvc
class DashboardWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_province_sees_every_region_and_a_city_only_its_own() throws Exception {
        mvc.perform(get("/monitoring").with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region=\"460100\"")))
                .andExpect(content().string(containsString("data-region=\"460200\"")))
                .andExpect(content().string(containsString("/monitoring/key-enterprises?region=460100&amp;risk=")));
        mvc.perform(get("/monitoring").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region=\"460200\"")))
                .andExpect(content().string(not(containsString("data-region=\"460100\""))));
    }

    @Test
    void the_trend_of_a_city_is_its_own_whatever_region_it_asks_for() throws Exception {
        mvc.perform(get("/monitoring/trend").param("region", "460100").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].label").value("三亚市"))
                .andExpect(jsonPath("$[0].months", hasSize(24)));
        mvc.perform(get("/monitoring/trend").param("region", "460100").with(Logins.as(users, "admin")))
                .andExpect(jsonPath("$", hasSize(2))).andExpect(jsonPath("$[0].label").value("全省"));
    }

    @Test
    void enterprise_users_go_to_their_layoff_plans_and_other_roles_find_nothing() throws Exception {
        mvc.perform(get("/monitoring").with(Logins.as(users, "enterprise"))).andExpect(redirectedUrl("/monitoring/layoff-plans"));
        mvc.perform(get("/monitoring/feeds").with(Logins.as(users, "expert"))).andExpect(status().isNotFound());
    }

    @Test
    void the_feeds_page_lists_the_five_feeds_and_the_runs_fragment_the_detected_months() throws Exception {
        mvc.perform(get("/monitoring/feeds").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/imports/monitoring-social-insurance/template.xlsx")))
                .andExpect(content().string(containsString("/imports/monitoring-complaint")));
        mvc.perform(get("/monitoring/detection/runs").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已完成")))
                .andExpect(content().string(containsString("演示数据")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">DEMO<"))));
        mvc.perform(post("/monitoring/detection/run").param("month", "2099-01").with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(redirectedUrl("/monitoring/feeds"));
    }

    @Test
    void the_thresholds_page_shows_the_current_values_in_its_fields() throws Exception {
        int people = jdbc.sql("SELECT (parameters->>'layoffMinPeople')::int FROM monitoring_rule_set ORDER BY version DESC LIMIT 1")
                .query(Integer.class).single();
        mvc.perform(get("/monitoring/rules").with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"layoffMinPeople\" value=\"" + people + "\"")));
    }

    @Test
    void only_the_provincial_office_creates_a_new_version_of_the_thresholds() throws Exception {
        int before = jdbc.sql("SELECT max(version) FROM monitoring_rule_set").query(Integer.class).single();
        mvc.perform(post("/monitoring/rules").with(Logins.as(users, "sanya")).with(csrf())
                        .param("version", String.valueOf(before)).param("layoffMinPeople", "20"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/monitoring/rules").with(Logins.as(users, "admin")).with(csrf())
                        .param("version", String.valueOf(before)).param("layoffMinPeople", "0").param("layoffMinPercent", "10")
                        .param("arrearsMonths", "3").param("wageArrearsComplaints", "1").param("disputeCases", "3")
                        .param("unemploymentRegistrations", "5").param("largeEmployerInsured", "1000").param("note", "测试"))
                .andExpect(redirectedUrl("/monitoring/rules"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("errors"));
        mvc.perform(post("/monitoring/rules").with(Logins.as(users, "admin")).with(csrf())
                        .param("version", String.valueOf(before)).param("layoffMinPeople", "20").param("layoffMinPercent", "10")
                        .param("arrearsMonths", "3").param("wageArrearsComplaints", "1").param("disputeCases", "3")
                        .param("unemploymentRegistrations", "5").param("largeEmployerInsured", "1000").param("note", "复核后维持默认阈值"))
                .andExpect(redirectedUrl("/monitoring/rules"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT max(version) FROM monitoring_rule_set").query(Integer.class).single())
                .isEqualTo(before + 1);
        mvc.perform(get("/monitoring/rules").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("复核后维持默认阈值")));
    }
}
