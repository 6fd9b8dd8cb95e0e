package tongxing.coordinator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.coordinator.certification.CertificationCandidate;
import tongxing.coordinator.certification.CertificationLists;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.registry.TrainingRecords;
import tongxing.coordinator.worklog.WorkFigures;
import tongxing.coordinator.worklog.WorkLog;
import tongxing.coordinator.worklog.WorkLogKind;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.security.UserAccounts;
import tongxing.support.Logins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class WorkLogAndCertificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CoordinatorRegistry coordinators;
    @Autowired
    TrainingRecords trainings;
    @Autowired
    WorkLog workLog;
    @Autowired
    CertificationLists certification;
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

    @Test
    void figures_count_this_years_entries_by_kind_and_the_distinct_enterprises_served() {
        Logins.runAs(users, "admin");
        CurrentUser admin = CurrentUser.require();
        String region = "469021";
        String a = enterprises.create(Scope.province(), anEnterprise().inRegion(region).build(), "TEST").uscc();
        String b = enterprises.create(Scope.province(), anEnterprise().inRegion(region).build(), "TEST").uscc();
        Coordinator c = coordinators.create(Scope.province(), aCoordinator().inRegion(region).build());
        LocalDate today = LocalDate.now(), lastYear = today.minusYears(1);
        workLog.add(admin, c.id(), today, WorkLogKind.POLICY_SERVICE, a, "宣讲工资支付条例", "企业已整改");
        workLog.add(admin, c.id(), today, WorkLogKind.POLICY_SERVICE, a, "回访", null);
        workLog.add(admin, c.id(), today, WorkLogKind.MONITORING, b, "欠薪监测", null);
        workLog.add(admin, c.id(), today, WorkLogKind.DISPUTE_RESOLUTION, null, "调解一起加班费争议", "达成协议");
        workLog.add(admin, c.id(), lastYear, WorkLogKind.POLICY_SERVICE, b, "去年的记录", null);

        WorkFigures mine = workLog.forCoordinator(Scope.province(), c.id(), today.getYear());
        assertThat(mine.count(WorkLogKind.POLICY_SERVICE)).isEqualTo(2);
        assertThat(mine.count(WorkLogKind.MONITORING)).isEqualTo(1);
        assertThat(mine.count(WorkLogKind.DISPUTE_RESOLUTION)).isEqualTo(1);
        assertThat(mine.entries()).isEqualTo(4);
        assertThat(mine.enterprisesServed()).isEqualTo(2);
        WorkFigures dingan = workLog.byRegion(Scope.province(), today.getYear()).stream()
                .filter(f -> f.key().equals(region)).findFirst().orElseThrow();
        assertThat(dingan.entries()).isEqualTo(4);
        assertThat(dingan.enterprisesServed()).isEqualTo(2);
        assertThat(workLog.byRegion(new Scope.Region("460200"), today.getYear())).noneMatch(f -> f.key().equals(region));
    }

    @Test
    void a_coordinator_logs_their_own_work_and_a_bad_entry_comes_back_with_the_reason() throws Exception {
        long userId = accounts.idOf("coordinator").orElseThrow();
        Long own = jdbc.sql("SELECT id FROM coordinator WHERE user_id = :u").param("u", userId).query(Long.class).single();
        mvc.perform(post("/coordinators/{id}/work-log", own).with(Logins.as(users, "coordinator")).with(csrf())
                        .param("loggedOn", LocalDate.now().toString()).param("kind", "MONITORING").param("content", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("工作内容不能为空")));
        mvc.perform(post("/coordinators/{id}/work-log", own).with(Logins.as(users, "coordinator")).with(csrf())
                        .param("loggedOn", LocalDate.now().toString()).param("kind", "MONITORING").param("content", "走访园区企业"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/coordinators/{id}", own).with(Logins.as(users, "coordinator")))
                .andExpect(content().string(containsString("走访园区企业")));
        Logins.runAs(users, "admin");
        Coordinator other = coordinators.create(Scope.province(), aCoordinator().inRegion("460100").build());
        Logins.clear();
        mvc.perform(post("/coordinators/{id}/work-log", other.id()).with(Logins.as(users, "coordinator")).with(csrf())
                        .param("loggedOn", LocalDate.now().toString()).param("kind", "MONITORING").param("content", "冒名"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/coordinators/{id}/work-log", other.id()).with(Logins.as(users, "sanya")).with(csrf())
                        .param("loggedOn", LocalDate.now().toString()).param("kind", "MONITORING").param("content", "越权"))
                .andExpect(status().isNotFound());
    }

    @Test
    void subsidy_needs_a_certificate_this_year_and_enough_hours_assessment_needs_two_years_and_a_low_level() throws Exception {
        Logins.runAs(users, "admin");
        LocalDate today = LocalDate.now();
        int year = today.getYear();
        String region = "469022";
        Coordinator qualifies = coordinators.create(Scope.province(), aCoordinator().inRegion(region).named("补贴合格")
                .withLevel(SkillLevel.LEVEL_4, today).build());
        trainings.add(Scope.province(), qualifies.id(), today, new BigDecimal("24"), "协调实务", true);
        trainings.add(Scope.province(), qualifies.id(), today, new BigDecimal("16"), "劳动法规", true);
        Coordinator fewHours = coordinators.create(Scope.province(), aCoordinator().inRegion(region).named("学时不足")
                .withLevel(SkillLevel.LEVEL_4, today).build());
        trainings.add(Scope.province(), fewHours.id(), today, new BigDecimal("24"), "协调实务", true);
        trainings.add(Scope.province(), fewHours.id(), today, new BigDecimal("30"), "不可补贴的培训", false);
        Coordinator veteran = coordinators.create(Scope.province(), aCoordinator().inRegion(region).named("资深无证")
                .appointedOn(today.minusYears(3)).build());
        Coordinator technician = coordinators.create(Scope.province(), aCoordinator().inRegion(region).named("已是技师")
                .appointedOn(today.minusYears(3)).withLevel(SkillLevel.LEVEL_2, today.minusYears(1)).build());
        Coordinator newcomer = coordinators.create(Scope.province(), aCoordinator().inRegion(region).named("新人")
                .appointedOn(today.minusYears(1)).build());

        List<Long> subsidy = ids(certification.subsidyEligible(new Scope.Region(region), year));
        assertThat(subsidy).contains(qualifies.id()).doesNotContain(fewHours.id(), veteran.id());
        List<Long> assessment = ids(certification.assessmentCandidates(new Scope.Region(region), today));
        assertThat(assessment).contains(veteran.id()).doesNotContain(technician.id(), newcomer.id());
        Logins.clear();

        mvc.perform(get("/coordinators/certification").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("补贴合格"), containsString("资深无证"))));
        mvc.perform(get("/coordinators/certification/assessment.xlsx").with(Logins.as(users, "admin")))
                .andExpect(status().isOk());
    }

    private static List<Long> ids(List<CertificationCandidate> list) {
        return list.stream().map(CertificationCandidate::id).toList();
    }
}
