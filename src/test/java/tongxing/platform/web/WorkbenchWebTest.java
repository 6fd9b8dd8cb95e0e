package tongxing.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.demo.DemoWage;
import tongxing.monitoring.clues.ClueData;
import tongxing.monitoring.clues.Clues;
import tongxing.platform.security.CurrentUser;
import tongxing.support.Logins;
import tongxing.support.Workbench;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workbench's to-do figures follow the records behind them, within the user's scope. */
@TongxingTest
@AutoConfigureMockMvc
class WorkbenchWebTest {

    static final String HAIKOU_ENTERPRISE = "91460100MA5T00001L";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired Clues clues;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void aClueAssignedToMeCountsAsMineAndOnceOverdueForMyCityButNotForAnother() throws Exception {
        long mine = figure("haikou", "workbench.monitoring.myClues");
        long overdue = figure("haikou", "workbench.monitoring.overdueClues");
        long sanyaOverdue = figure("sanya", "workbench.monitoring.overdueClues");

        Logins.runAs(users, "haikou");
        CurrentUser haikou = CurrentUser.require();
        long id = clues.create(haikou, new ClueData(null, HAIKOU_ENTERPRISE, "工作台测试线索", null, haikou.id(),
                LocalDate.now().plusDays(7)));
        Logins.clear();
        assertThat(figure("haikou", "workbench.monitoring.myClues")).isEqualTo(mine + 1);
        assertThat(figure("haikou", "workbench.monitoring.overdueClues")).isEqualTo(overdue);

        jdbc.sql("UPDATE monitoring_clue SET deadline = current_date - 1 WHERE id = :id").param("id", id).update();
        assertThat(figure("haikou", "workbench.monitoring.overdueClues")).isEqualTo(overdue + 1);
        assertThat(figure("sanya", "workbench.monitoring.overdueClues")).isEqualTo(sanyaOverdue);
        assertThat(figure("admin", "workbench.monitoring.overdueClues")).isGreaterThanOrEqualTo(overdue + 1);

        jdbc.sql("UPDATE monitoring_clue SET status = 'RESOLVED' WHERE id = :id").param("id", id).update();
        assertThat(figure("haikou", "workbench.monitoring.myClues")).isEqualTo(mine);
    }

    @Test
    void theWageFiguresCountTheLatestYearsReturnsByStatusAndTheEnterpriseSeesItsOwnToDo() throws Exception {
        long returned = figure("admin", "workbench.wage.returned");
        long validated = figure("admin", "workbench.wage.validated");
        assertThat(validated).isEqualTo(jdbc.sql("SELECT count(*) FROM wage_survey_enterprise WHERE year = :y AND status = 'VALIDATED'")
                .param("y", DemoWage.YEAR).query(Long.class).single());
        String haikouReturn = jdbc.sql("""
                        SELECT uscc FROM wage_survey_enterprise WHERE year = :y AND status = 'ACCEPTED' AND region_code = '460100'
                        ORDER BY uscc LIMIT 1""").param("y", DemoWage.YEAR).query(String.class).single();
        long haikouReturned = figure("haikou", "workbench.wage.returned");
        long sanyaReturned = figure("sanya", "workbench.wage.returned");
        jdbc.sql("UPDATE wage_survey_enterprise SET status = 'RETURNED' WHERE year = :y AND uscc = :u")
                .param("y", DemoWage.YEAR).param("u", haikouReturn).update();
        try {
            assertThat(figure("admin", "workbench.wage.returned")).isEqualTo(returned + 1);
            assertThat(figure("haikou", "workbench.wage.returned")).isEqualTo(haikouReturned + 1);
            assertThat(figure("sanya", "workbench.wage.returned")).isEqualTo(sanyaReturned);
        } finally {
            jdbc.sql("UPDATE wage_survey_enterprise SET status = 'ACCEPTED' WHERE year = :y AND uscc = :u")
                    .param("y", DemoWage.YEAR).param("u", haikouReturn).update();
        }
        long toFill = jdbc.sql("SELECT count(*) FROM wage_survey_enterprise WHERE uscc = :u AND status IN ('NOT_STARTED', 'RETURNED')")
                .param("u", HAIKOU_ENTERPRISE).query(Long.class).single();
        assertThat(figure("enterprise", "workbench.wage.ownToFill")).isEqualTo(toFill);
    }

    @Test
    void rolesWithoutSuchWorkSeeNoSuchCard() throws Exception {
        assertThat(home("enterprise")).doesNotContain("data-figure=\"workbench.monitoring.myClues\"");
        assertThat(home("mediator")).doesNotContain("data-figure=\"workbench.wage.submitted\"")
                .doesNotContain("data-figure=\"workbench.monitoring.myClues\"");
    }

    @Test
    void eachProgramInUseSaysWhatItHoldsAndThoseNotYetBuiltSaySo() throws Exception {
        assertThat(home("enterprise")).contains("月度数据监测、裁员预警", "薪酬调查填报与审核", "功能建设中").doesNotContain("??");
        assertThat(home("admin")).contains("协调员数据库、培训持证").doesNotContain("??");
    }

    @Test
    void theRegistryFiguresCountActiveEnterprisesAndLinkToTheListOfExactlyThose() throws Exception {
        String html = home("haikou");
        assertThat(html).contains("href=\"/enterprises?status=ACTIVE\" data-figure=\"workbench.registry.total\"",
                "href=\"/enterprises?size=LARGE_MEDIUM&amp;status=ACTIVE\" data-figure=\"workbench.registry.largeMedium\"",
                "href=\"/enterprises?size=SMALL_MICRO&amp;status=ACTIVE\" data-figure=\"workbench.registry.smallMicro\"",
                "href=\"/enterprises?size=UNCLASSIFIED&amp;status=ACTIVE\" data-figure=\"workbench.registry.unclassified\"");
    }

    private String home(String user) throws Exception {
        return mvc.perform(get("/").with(Logins.as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long figure(String user, String key) throws Exception {
        return Workbench.figure(mvc, users, user, key);
    }
}
