package tongxing.monitoring.clues;

import org.junit.jupiter.api.AfterEach;
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
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class ClueWorkflowTest {

    @Autowired
    Clues clues;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.MessageSource messages;
    @Autowired
    MockMvc mvc;

    Enterprise haikou;
    long signalId;

    @BeforeEach
    void setUp() {
        haikou = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口线索测试有限公司").build(), "TEST");
        long run = jdbc.sql("""
                INSERT INTO monitoring_detection_run (month, rule_version, triggered_by, status, finished_at)
                VALUES (DATE '2026-10-01', 1, 'TEST', 'FINISHED', now()) RETURNING id""").query(Long.class).single();
        signalId = jdbc.sql("""
                INSERT INTO monitoring_signal (run_id, month, uscc, region_code, rule_code, level, reason, evidence)
                VALUES (:run, DATE '2026-10-01', :uscc, '460100', 'HEADCOUNT_DROP_MONTH', 'RED', '参保人数环比减少 25 人', '[]'::jsonb)
                RETURNING id""").param("run", run).param("uscc", haikou.uscc()).query(Long.class).single();
        Logins.runAs(users, "haikou");
    }

    @AfterEach
    void tearDown() {
        Logins.clear();
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM platform_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    Clue load(long id) {
        return clues.find(Scope.province(), id).orElseThrow();
    }

    long fromSignal(LocalDate deadline) {
        return clues.create(CurrentUser.require(), new ClueData(signalId, null, "参保人数骤降", "核实是否裁员", userId("haikou"), deadline));
    }

    @Test
    void a_city_makes_a_clue_from_a_signal_reports_it_up_and_the_province_resolves_it() {
        long id = fromSignal(LocalDate.now().plusDays(10));
        Clue c = load(id);
        assertThat(c.uscc()).isEqualTo(haikou.uscc());
        assertThat(c.signalReason().stored()).contains("环比减少 25 人");
        assertThat(c.assigneeName()).isEqualTo("海口市人社局");

        clues.reportUp(CurrentUser.require(), id, load(id).version(), "涉及人数较多，请省级协调");
        assertThat(load(id).reportedUp()).isTrue();
        assertThatThrownBy(() -> clues.resolve(CurrentUser.require(), id, load(id).version(), "已办结"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("由省级办理");

        Logins.runAs(users, "admin");
        clues.resolve(CurrentUser.require(), id, load(id).version(), "企业已与职工协商，暂缓裁员");
        assertThat(load(id).resolved()).isTrue();
        assertThat(clues.steps(id)).extracting(ClueStep::action).containsExactly("CREATE", "ASSIGN", "REPORT_UP", "RESOLVE");
        assertThat(clues.steps(id).get(2).actorName()).isEqualTo("海口市人社局");
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'monitoring_clue' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void the_assignee_must_be_staff_of_the_region_or_the_province() {
        assertThatThrownBy(() -> clues.create(CurrentUser.require(), new ClueData(null, haikou.uscc(), "手工线索", null,
                userId("sanya"), LocalDate.now().plusDays(5)))).isInstanceOf(ValidationException.class).hasMessageContaining("承办人");
        long id = clues.create(CurrentUser.require(), new ClueData(null, haikou.uscc(), "手工线索", null, userId("union"), LocalDate.now().plusDays(5)));
        assertThat(load(id).assigneeName()).isEqualTo("省总工会");
        assertThatThrownBy(() -> clues.assign(CurrentUser.require(), id, load(id).version() + 1, userId("haikou"), LocalDate.now().plusDays(9), null))
                .isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void an_assignment_step_reads_in_chinese_as_recorded_and_in_english_with_the_same_assignee_deadline_and_note() {
        LocalDate first = LocalDate.now().plusDays(5), second = LocalDate.now().plusDays(9);
        long id = clues.create(CurrentUser.require(), new ClueData(null, haikou.uscc(), "交办步骤语言测试", null, userId("union"), first));
        clues.assign(CurrentUser.require(), id, load(id).version(), userId("haikou"), second, "请 3 日内核实");

        List<ClueStep> assigned = clues.steps(id).stream().filter(s -> s.action().equals("ASSIGN")).toList();
        assertThat(assigned).extracting(s -> s.note().stored())
                .containsExactly("交办 省总工会，期限 " + first, "交办 海口市人社局，期限 " + second + "。请 3 日内核实");
        assertThat(assigned).allSatisfy(s -> assertThat(s.note().in(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo(s.note().stored()));
        assertThat(assigned).extracting(s -> s.note().in(messages, Locale.ENGLISH))
                .containsExactly("Assigned to 省总工会, due " + first, "Assigned to 海口市人社局, due " + second + ". 请 3 日内核实");
    }

    @Test
    void overdue_clues_stand_out_and_can_be_filtered() throws Exception {
        long overdue = fromSignal(LocalDate.now().plusDays(1));
        long onTime = fromSignal(LocalDate.now().plusDays(20));
        jdbc.sql("UPDATE monitoring_clue SET deadline = :d WHERE id = :id").param("d", Clues.today().minusDays(3)).param("id", overdue).update();
        CluePage page = clues.page(CurrentUser.require(), new ClueFilter("OVERDUE", null, null, false, false), 1, 100);
        assertThat(page.rows()).extracting(Clue::id).contains(overdue).doesNotContain(onTime);
        assertThat(load(overdue).overdue(Clues.today())).isTrue();
        mvc.perform(get("/monitoring/clues?state=OVERDUE").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("overdue-badge")))
                .andExpect(content().string(containsString("data-clue=\"" + overdue + "\"")));
        mvc.perform(get("/monitoring/clues/" + overdue).with(Logins.as(users, "haikou")))
                .andExpect(content().string(containsString("id=\"overdue-badge\"")));
    }

    @Test
    void sanya_cannot_read_haikou_clues_and_enterprises_have_none() throws Exception {
        long id = fromSignal(LocalDate.now().plusDays(10));
        mvc.perform(get("/monitoring/clues/" + id).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/clues/" + id).with(Logins.as(users, "enterprise"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/clues/new?signal=" + signalId).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        Logins.runAs(users, "sanya");
        assertThat(clues.page(CurrentUser.require(), new ClueFilter(null, null, null, false, false), 1, 1000).rows())
                .extracting(Clue::regionCode).doesNotContain("460100");
        assertThatThrownBy(() -> clues.create(CurrentUser.require(), new ClueData(signalId, null, "x", null, userId("sanya"),
                LocalDate.now().plusDays(3)))).isInstanceOf(NotFoundException.class);
        mvc.perform(get("/monitoring/clues/export").with(Logins.as(users, "haikou"))).andExpect(status().isOk());
    }
}
