package tongxing.coordinator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.crypto.Masking;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.platform.security.UserAccounts;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;
import static tongxing.coordinator.TestCoordinators.freshIdNumber;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class CoordinatorRegistryWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CoordinatorRegistry registry;
    @Autowired
    EnterpriseRegistry enterprises;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private Coordinator saved(TestCoordinators builder) {
        Logins.runAs(users, "admin");
        try {
            return registry.create(Scope.province(), builder.build());
        } finally {
            Logins.clear();
        }
    }

    @Test
    void a_bad_check_digit_comes_back_next_to_the_id_field_with_everything_typed_kept() throws Exception {
        String good = freshIdNumber("460100");
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/coordinators").with(Logins.as(users, "haikou")).with(csrf())
                        .param("name", "林表单测试").param("idNumber", bad).param("regionCode", "460100")
                        .param("workplaceType", "TOWNSHIP_STREET").param("postName", "海甸街道办事处")
                        .param("fullTime", "true").param("appointedOn", "2020-05-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"idNumber-error\""), containsString("身份证号码校验位错误"),
                        containsString("value=\"林表单测试\""), containsString("海甸街道办事处"))));
        assertThat(registry.findByIdNumber(Scope.province(), bad)).isEmpty();
    }

    @Test
    void a_valid_form_saves_sex_and_birth_date_from_the_id_number_and_audits_it_masked() throws Exception {
        String id = freshIdNumber("460100");
        var result = mvc.perform(post("/coordinators").with(Logins.as(users, "haikou")).with(csrf())
                        .param("name", "符新登记").param("idNumber", id).param("regionCode", "460100")
                        .param("workplaceType", "UNION").param("postName", "海口市总工会").param("fullTime", "false")
                        .param("skillLevel", "LEVEL_3").param("certificateNo", "S-1").param("certificateDate", "2023-01-05")
                        .param("appointedOn", "2019-01-01"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Coordinator c = registry.findByIdNumber(Scope.province(), id).orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/coordinators/" + c.id());
        assertThat(c.birthDate()).isEqualTo(LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14)));
        assertThat(c.male()).isEqualTo((id.charAt(16) - '0') % 2 == 1);
        String stored = jdbc.sql("SELECT id_number_enc FROM coordinator WHERE id = :id").param("id", c.id()).query(String.class).single();
        assertThat(stored).doesNotContain(id);
        String audit = jdbc.sql("SELECT after_data::text FROM platform_audit_log WHERE entity_type = 'coordinator' AND entity_id = :id AND action = 'CREATE'")
                .param("id", Long.toString(c.id())).query(String.class).single();
        assertThat(audit).contains(Masking.idNumber(id)).doesNotContain(id);
    }

    @Test
    void an_in_house_coordinator_needs_an_enterprise_of_the_registry() throws Exception {
        mvc.perform(post("/coordinators").with(Logins.as(users, "haikou")).with(csrf())
                        .param("name", "企业协调员").param("idNumber", freshIdNumber("460100")).param("regionCode", "460100")
                        .param("workplaceType", "ENTERPRISE").param("enterpriseUscc", tongxing.support.TestEnterprises.freshUscc("460100"))
                        .param("appointedOn", "2020-05-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"enterpriseUscc-error\""), containsString("不在企业库中"))));
    }

    @Test
    void city_staff_and_the_province_office_see_the_full_id_number_other_roles_see_it_masked() throws Exception {
        String id = freshIdNumber("460100");
        Coordinator c = saved(aCoordinator().named("掩码测试").withIdNumber(id));
        for (String user : List.of("admin", "haikou")) {
            mvc.perform(get("/coordinators/{id}", c.id()).with(Logins.as(users, user)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(id)));
        }
        mvc.perform(get("/coordinators/{id}", c.id()).with(Logins.as(users, "union")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(Masking.idNumber(id)), not(containsString(id)))));
        mvc.perform(get("/coordinators").param("name", "掩码测试").with(Logins.as(users, "admin")))
                .andExpect(content().string(allOf(containsString(Masking.idNumber(id)), not(containsString(id)))));
    }

    @Test
    void sanya_cannot_open_a_haikou_coordinator_and_its_export_holds_only_sanya_rows() throws Exception {
        Coordinator haikou = saved(aCoordinator().inRegion("460100").named("海口范围测试"));
        saved(aCoordinator().inRegion("460200").named("三亚范围测试"));
        mvc.perform(get("/coordinators/{id}", haikou.id()).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/coordinators/{id}/edit", haikou.id()).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        // the region parameter is ignored for a city user
        byte[] xlsx = mvc.perform(get("/coordinators/export").param("region", "460100").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = TestSheets.read(xlsx).values().iterator().next();
        assertThat(rows.get(0)).contains("姓名", "所属市县");
        int regionColumn = rows.get(0).indexOf("所属市县");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).isNotEmpty();
        assertThat(data).allSatisfy(r -> assertThat(r.get(regionColumn)).isEqualTo("三亚市"));
        assertThat(data).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("三亚范围测试"));
        long sanyaCount = jdbc.sql("SELECT count(*) FROM coordinator WHERE region_code = '460200'").query(Long.class).single();
        assertThat(data).hasSize((int) sanyaCount);
    }

    @Test
    void an_edit_over_a_newer_version_is_refused_and_keeps_the_typed_values() throws Exception {
        Coordinator c = saved(aCoordinator().named("并发测试"));
        Logins.runAs(users, "admin");
        registry.update(Scope.province(), c.id(), c.version(), aCoordinator().named("并发测试（他人已改）").withIdNumber(c.idNumber()).build());
        Logins.clear();
        mvc.perform(post("/coordinators/{id}", c.id()).with(Logins.as(users, "haikou")).with(csrf())
                        .param("version", Integer.toString(c.version())).param("name", "我的修改")
                        .param("idNumber", c.idNumber()).param("regionCode", "460100").param("workplaceType", "HRSS")
                        .param("postName", "龙华区人社局").param("appointedOn", "2020-01-01"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"lock-error\""), containsString("value=\"我的修改\""))));
        assertThat(registry.find(Scope.province(), c.id()).orElseThrow().name()).isEqualTo("并发测试（他人已改）");
    }

    @Test
    void the_coordinator_account_opens_its_own_profile_and_no_other() throws Exception {
        long userId = accounts.idOf("coordinator").orElseThrow();
        Long own = jdbc.sql("SELECT id FROM coordinator WHERE user_id = :u").param("u", userId).query(Long.class).single();
        mvc.perform(get("/coordinators").with(Logins.as(users, "coordinator"))).andExpect(redirectedUrl("/coordinators/mine"));
        mvc.perform(get("/coordinators/mine").with(Logins.as(users, "coordinator"))).andExpect(redirectedUrl("/coordinators/" + own));
        mvc.perform(get("/coordinators/{id}", own).with(Logins.as(users, "coordinator"))).andExpect(status().isOk());
        Coordinator other = saved(aCoordinator().named("别人"));
        mvc.perform(get("/coordinators/{id}", other.id()).with(Logins.as(users, "coordinator"))).andExpect(status().isNotFound());
        // The enterprises the demo rule assigned to them are readable in the registry under their own scope.
        String covered = jdbc.sql("SELECT uscc FROM coordinator_coverage WHERE coordinator_id = :c LIMIT 1").param("c", own)
                .query(String.class).single();
        long enterpriseId = enterprises.find(Scope.province(), covered).orElseThrow().id();
        mvc.perform(get("/enterprises/{id}", enterpriseId).with(Logins.as(users, "coordinator"))).andExpect(status().isOk());
    }

    @Test
    void the_list_filters_by_level_and_instructor_and_pages() throws Exception {
        saved(aCoordinator().named("筛选指导员甲").instructor().withLevel(SkillLevel.LEVEL_2, LocalDate.of(2022, 3, 1)));
        saved(aCoordinator().named("筛选指导员乙"));
        mvc.perform(get("/coordinators").param("name", "筛选指导员").param("instructor", "true").param("level", "LEVEL_2")
                        .with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("筛选指导员甲"), not(containsString("筛选指导员乙")))));
        mvc.perform(get("/coordinators/distribution").with(Logins.as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"by-age\"")));
    }

    @Test
    void demo_data_has_about_three_hundred_coordinators_mostly_grassroots_with_in_house_ones_covering_their_employer() {
        Map<String, Object> counts = jdbc.sql("""
                SELECT count(*) AS total, count(*) FILTER (WHERE workplace_type <> 'ENTERPRISE') AS grassroots,
                       count(*) FILTER (WHERE workplace_type = 'ENTERPRISE' AND NOT EXISTS (SELECT 1 FROM coordinator_coverage v
                           WHERE v.coordinator_id = c.id AND v.uscc = c.enterprise_uscc AND v.source = 'ENTERPRISE')) AS inHouseUncovered
                FROM coordinator c WHERE c.id <= 300""").query().singleRow();
        long total = ((Number) counts.get("total")).longValue(), grassroots = ((Number) counts.get("grassroots")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(290);
        assertThat(grassroots * 100 / total).isBetween(55L, 95L);
        assertThat(((Number) counts.get("inhouseuncovered")).longValue()).isZero();
    }

    @Test
    void every_screen_renders_for_the_province_office_and_a_city_bureau() throws Exception {
        Coordinator c = saved(aCoordinator().named("页面测试"));
        for (String user : List.of("admin", "haikou")) {
            for (String url : List.of("/coordinators", "/coordinators/new", "/coordinators/" + c.id(), "/coordinators/" + c.id() + "/edit",
                    "/coordinators/distribution", "/coordinators/coverage", "/coordinators/work-figures",
                    "/coordinators/certification", "/coordinators/coverage/uncovered?indicator=SMALL_MICRO&region=460100",
                    "/coordinators/coverage/uncovered?indicator=LARGE_MEDIUM",
                    "/imports/coordinator")) {
                mvc.perform(get(url).with(Logins.as(users, user))).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js").with(Logins.as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/js/coordinators.js").with(Logins.as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/coordinators").with(Logins.as(users, "enterprise"))).andExpect(status().isForbidden());
        mvc.perform(get("/coordinators/coverage").with(Logins.as(users, "coordinator"))).andExpect(status().isForbidden());
    }
}
