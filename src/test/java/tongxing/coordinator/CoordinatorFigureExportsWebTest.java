package tongxing.coordinator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorDistribution;
import tongxing.coordinator.certification.CertificationLists;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.worklog.WorkLog;
import tongxing.coordinator.worklog.WorkLogKind;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;

/** The summary tables of program 1 leave the platform as Excel with the figures the pages show, within the user's scope. */
@TongxingTest
@AutoConfigureMockMvc
class CoordinatorFigureExportsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired CoordinatorRegistry registry;
    @Autowired CoordinatorDistribution distribution;
    @Autowired WorkLog workLog;
    @Autowired CertificationLists certification;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void theDistributionByRegionAndLevelExportsOnlyTheUsersRegionWithItsCounts() throws Exception {
        Logins.runAs(users, "admin");
        registry.create(Scope.province(), aCoordinator().inRegion("460100").build());
        Logins.clear();
        Map<String, Long> haikou = distribution.byRegionAndLevel(Scope.province()).get("460100");

        List<List<String>> rows = sheet(mvc.perform(get("/coordinators/distribution/export").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        assertThat(rows.get(0)).hasSize(1 + CoordinatorDistribution.LEVELS.size() + 1);
        assertThat(rows).hasSize(2);
        List<String> line = rows.get(1);
        assertThat(line.get(0)).isEqualTo("海口市");
        for (int i = 0; i < CoordinatorDistribution.LEVELS.size(); i++)
            assertThat(line.get(1 + i)).isEqualTo(String.valueOf(haikou.getOrDefault(CoordinatorDistribution.LEVELS.get(i), 0L)));
        assertThat(line.get(line.size() - 1)).isEqualTo(String.valueOf(haikou.values().stream().mapToLong(Long::longValue).sum()));
    }

    @Test
    void theWorkFiguresOfAYearExportByRegionAndCountANewEntry() throws Exception {
        int year = LocalDate.now().getYear();
        long before = policyServices("460200", year);

        Logins.runAs(users, "admin");
        Coordinator c = registry.create(Scope.province(), aCoordinator().inRegion("460200").build());
        workLog.add(CurrentUser.require(), c.id(), LocalDate.now(), WorkLogKind.values()[0], null, "导出测试的工作记录", null);
        Logins.clear();

        assertThat(policyServices("460200", year)).isEqualTo(before + 1);
        mvc.perform(get("/coordinators/work-figures").param("year", String.valueOf(year)).with(Logins.as(users, "sanya")))
                .andExpect(status().isOk());
        List<List<String>> sanya = sheet(mvc.perform(get("/coordinators/work-figures/export").param("year", String.valueOf(year))
                .with(Logins.as(users, "sanya"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(sanya.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly("三亚市");
    }

    @Test
    void theCertificationPageShowsTheFirstTwoHundredCandidatesAndSaysTheExportHasThemAll() throws Exception {
        int candidates = certification.assessmentCandidates(Scope.province(), LocalDate.now()).size();
        if (candidates <= 200) {
            Logins.runAs(users, "admin");
            for (int i = candidates; i <= 200; i++)
                registry.create(Scope.province(), aCoordinator().inRegion("469029").appointedOn(LocalDate.now().minusYears(3)).build());
            Logins.clear();
            candidates = certification.assessmentCandidates(Scope.province(), LocalDate.now()).size();
        }
        assertThat(candidates).isGreaterThan(200);

        String page = mvc.perform(get("/coordinators/certification").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"assessment-table\""), page.indexOf("</table>", page.indexOf("id=\"assessment-table\"")));
        assertThat(table.split("<tr data-id=", -1)).hasSize(200 + 1);
        assertThat(page).contains("共 " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.CHINA).format(candidates)
                + " 人，页面只显示前 200 人");
        List<List<String>> all = sheet(mvc.perform(get("/coordinators/certification/assessment.xlsx").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(all).hasSize(1 + candidates);
    }

    /** Entries of the first kind for the region in the year, read from the province's export. */
    private long policyServices(String region, int year) throws Exception {
        List<List<String>> rows = sheet(mvc.perform(get("/coordinators/work-figures/export").param("year", String.valueOf(year))
                .with(Logins.as(users, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        String name = region.equals("460200") ? "三亚市" : region;
        return rows.stream().skip(1).filter(r -> r.get(0).equals(name)).findFirst().map(r -> Long.parseLong(r.get(1))).orElse(0L);
    }

    private static List<List<String>> sheet(byte[] xlsx) {
        return TestSheets.read(xlsx).values().iterator().next();
    }
}
