package tongxing.wage.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;
import tongxing.support.Logins;
import tongxing.wage.survey.Surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

/** 个性化服务: recorded by the enterprise's bureau for surveyed enterprises, counted once per enterprise against the 10% target. */
@TongxingTest
@AutoConfigureMockMvc
class ServiceRecordsTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2005 + (int) (System.nanoTime() % 10));

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Surveys surveys;
    @Autowired EnterpriseRegistry registry;
    @Autowired ServiceRecords records;
    @Autowired ServiceCoverage coverage;
    @Autowired JdbcClient jdbc;

    int year;

    @BeforeEach
    void openYear() {
        year = YEARS.getAndIncrement();
        Logins.runAs(users, "admin");
        surveys.open(CurrentUser.require(), year, LocalDate.of(year + 1, 3, 31));
        Logins.clear();
    }

    @AfterEach
    void logout() {
        Logins.clear();
    }

    /** n new registry enterprises in the region, selected for the year. */
    List<String> surveyed(String region, int n) {
        Logins.runAs(users, "admin");
        List<Located> list = new ArrayList<>();
        for (int i = 0; i < n; i++)
            list.add(new Located(registry.create(Scope.province(), anEnterprise().inRegion(region).build(), "test").uscc(), region));
        surveys.selectListed(CurrentUser.require(), year, list, "test");
        return list.stream().map(Located::uscc).toList();
    }

    ServiceForm form(String uscc, String kind) {
        ServiceForm f = new ServiceForm();
        f.setYear(year);
        f.setUscc(uscc);
        f.setServedOn(LocalDate.now().toString());
        f.setKind(kind);
        f.setStaff("王薪酬");
        f.setContent("解读最低工资标准调整政策");
        return f;
    }

    long record(String user, ServiceForm form) {
        Logins.runAs(users, user);
        return records.record(CurrentUser.require(), form);
    }

    ServiceCoverage.Line line(String region) {
        return coverage.of(Scope.province(), year).regions().stream().filter(l -> l.regionCode().equals(region)).findFirst().orElseThrow();
    }

    @Test
    void one_of_ten_surveyed_enterprises_served_meets_the_target_and_a_second_service_to_it_counts_once() {
        List<String> sanya = surveyed("460200", 10);
        record("sanya", form(sanya.get(0), "POLICY_CONSULTATION"));
        record("sanya", form(sanya.get(0), "COLLECTIVE_BARGAINING"));

        ServiceCoverage.Line l = line("460200");
        assertThat(l.surveyed()).isEqualTo(10);
        assertThat(l.served()).isEqualTo(1);
        assertThat(l.met()).isTrue();

        surveyed("460200", 1);
        assertThat(line("460200").met()).isFalse();
        assertThat(line("460200").missing()).isEqualTo(1);
    }

    @Test
    void a_bureau_records_only_for_its_own_regions_surveyed_enterprises_and_reads_only_its_own() {
        String sanyaEnterprise = surveyed("460200", 1).get(0);
        String haikouEnterprise = surveyed("460100", 1).get(0);

        assertThatThrownBy(() -> record("haikou", form(sanyaEnterprise, "OTHER")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("不在本辖区");
        assertThatThrownBy(() -> record("union", form(haikouEnterprise, "OTHER"))).isInstanceOf(AccessDeniedException.class);
        long id = record("haikou", form(haikouEnterprise, "PAY_SYSTEM_DESIGN"));

        Logins.runAs(users, "sanya");
        assertThatThrownBy(() -> records.require(CurrentUser.require().scope(), id)).isInstanceOf(NotFoundException.class);
        assertThat(records.page(CurrentUser.require().scope(), ServiceFilter.none().withYear(year), 1).rows()).isEmpty();
        Logins.runAs(users, "union");
        assertThat(records.page(CurrentUser.require().scope(), ServiceFilter.none().withYear(year), 1).rows())
                .extracting(ServiceRecord::uscc).containsExactly(haikouEnterprise);
    }

    @Test
    void an_enterprise_that_is_not_surveyed_that_year_is_refused_with_the_reason() {
        Logins.runAs(users, "admin");
        String notSurveyed = registry.create(Scope.province(), anEnterprise().inRegion("460100").build(), "test").uscc();
        assertThatThrownBy(() -> record("admin", form(notSurveyed, "OTHER")))
                .isInstanceOf(ValidationException.class).hasMessageContaining(year + " 年度的薪酬调查企业名单");
    }

    @Test
    void every_missing_field_is_named_and_nothing_is_saved() {
        String e = surveyed("460100", 1).get(0);
        ServiceForm bad = form(e, "");
        bad.setServedOn(LocalDate.now().plusDays(1).toString());
        bad.setStaff(" ");
        bad.setContent("");
        assertThatThrownBy(() -> record("admin", bad)).isInstanceOfSatisfying(ValidationException.class, ex -> {
            assertThat(ex.violations()).extracting(Violation::field).containsExactlyInAnyOrder("servedOn", "kind", "staff", "content");
            assertThat(ex.violations()).extracting(Violation::reason).contains("服务日期不能晚于今天");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM wage_service_record WHERE uscc = :u").param("u", e).query(Long.class).single()).isZero();
    }

    @Test
    void the_page_shows_the_indicator_the_list_and_exports_the_filter_and_a_delete_is_audited() throws Exception {
        String e = surveyed("460100", 1).get(0);
        mvc.perform(post("/wage/services").with(Logins.as(users, "haikou")).with(csrf())
                        .param("year", String.valueOf(year)).param("uscc", e).param("servedOn", LocalDate.now().toString())
                        .param("kind", "PAY_SYSTEM_DESIGN").param("staff", "李指导").param("content", "协助设计岗位绩效工资制度"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "wage.saved"));
        mvc.perform(post("/wage/services").with(Logins.as(users, "haikou")).with(csrf())
                        .param("year", String.valueOf(year)).param("uscc", e).param("kind", "PAY_SYSTEM_DESIGN"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("violations"));

        mvc.perform(get("/wage/services").param("year", String.valueOf(year)).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"coverage-table\"")))
                .andExpect(content().string(containsString("协助设计岗位绩效工资制度")))
                .andExpect(content().string(containsString("薪酬制度设计")));
        mvc.perform(get("/wage").param("year", String.valueOf(year)).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"service-coverage\"")));
        mvc.perform(get("/wage/services/export").param("year", String.valueOf(year)).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));

        ServiceRecord r = records.page(Scope.province(), new ServiceFilter(year, null, null, e), 1).rows().get(0);
        mvc.perform(post("/wage/services/{id}/delete", r.id()).param("version", String.valueOf(r.version()))
                        .with(Logins.as(users, "sanya")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/wage/services/{id}/delete", r.id()).param("version", String.valueOf(r.version()))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM wage_service_record WHERE id = :id").param("id", r.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'wage_service_record' AND entity_id = :id AND action = 'DELETE'")
                .param("id", String.valueOf(r.id())).query(Long.class).single()).isEqualTo(1);
    }
}
