package tongxing.selection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.coordinator.GoldAwards;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.selection.nomination.NominationDraft;
import tongxing.selection.publicity.Publicity;
import tongxing.support.Logins;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;

/** 金牌协调员 on the coordinator's page and in the registry's filter and export: only once a campaign is FINAL. */
@TongxingTest
@AutoConfigureMockMvc
class CoordinatorGoldStatusWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;
    @Autowired CoordinatorRegistry registry;
    @Autowired Publicity publicity;
    @Autowired GoldAwards goldAwards;
    SelectionFixture f;

    @BeforeEach
    void fixture() {
        f = new SelectionFixture(ctx);
    }

    @Test
    void a_winner_is_gold_on_its_page_in_the_filter_and_the_export_only_after_the_campaign_is_final() throws Exception {
        Coordinator winner = f.as("admin", () -> registry.create(Scope.province(),
                aCoordinator().inRegion("460200").named("金牌甲" + System.nanoTime() % 100000).build()));
        Coordinator other = f.as("admin", () -> registry.create(Scope.province(),
                aCoordinator().inRegion("460200").named("落选乙" + System.nanoTime() % 100000).build()));
        long id = f.nominating(1);
        int year = f.campaigns.get(id).year();
        for (Coordinator c : List.of(winner, other))
            f.as("sanya", () -> f.nominations.nominate(id,
                    new NominationDraft(c.id(), null, null, null, null, "三亚市某街道", null, "事迹材料")));
        f.as("admin", () -> f.reviewers.assign(id, f.userId("union")));
        f.as("sanya", () -> f.nominations.submitAll(id));
        f.as("admin", () -> f.campaigns.closeNominations(id, f.version(id)));
        f.score("union", f.nominationId(id, winner.name()), 95, 95, 95);
        f.score("union", f.nominationId(id, other.name()), 70, 70, 70);
        f.decideDefault(id);
        f.as("admin", () -> publicity.start(id, f.version(id)));

        // In publicity: not gold yet.
        assertThat(goldAwards.years(winner.id())).isEmpty();
        mvc.perform(get("/coordinators/{id}", winner.id()).with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"gold-status\""))));
        mvc.perform(get("/coordinators").param("gold", "ANY").param("name", winner.name()).with(Logins.as(users, "sanya")))
                .andExpect(content().string(containsString("共 0 人")));

        f.jdbc.sql("UPDATE selection_campaign SET publicity_end = :d WHERE id = :id")
                .param("d", HainanDate.today().minusDays(1)).param("id", id).update();
        f.as("admin", () -> publicity.finalizeCampaign(id, f.version(id)));

        assertThat(goldAwards.years(winner.id())).containsExactly(year);
        assertThat(goldAwards.years(other.id())).isEmpty();
        mvc.perform(get("/coordinators/{id}", winner.id()).with(Logins.as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"gold-status\""), containsString(year + " 年度"))));
        mvc.perform(get("/coordinators/{id}", other.id()).with(Logins.as(users, "sanya")))
                .andExpect(content().string(not(containsString("id=\"gold-status\""))));
        // The filter: any year and the given year find the winner; another year does not.
        mvc.perform(get("/coordinators").param("gold", "ANY").param("name", winner.name()).with(Logins.as(users, "sanya")))
                .andExpect(content().string(allOf(containsString("共 1 人"), containsString(winner.name()))));
        mvc.perform(get("/coordinators").param("gold", String.valueOf(year)).param("region", "460200").with(Logins.as(users, "admin")))
                .andExpect(content().string(allOf(containsString(winner.name()), not(containsString(other.name())),
                        containsString("value=\"" + year + "\""))));
        mvc.perform(get("/coordinators").param("gold", String.valueOf(year - 1)).param("name", winner.name())
                        .with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("共 0 人")));

        byte[] xlsx = mvc.perform(get("/coordinators/export").param("gold", String.valueOf(year)).with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = TestSheets.read(xlsx).values().iterator().next();
        int goldColumn = rows.get(0).indexOf("金牌协调员年度");
        assertThat(goldColumn).isPositive();
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(winner.name()));
        assertThat(data).noneSatisfy(r -> assertThat(r.get(0)).isEqualTo(other.name()));
        assertThat(data).allSatisfy(r -> assertThat(r.get(goldColumn)).contains(String.valueOf(year)));
    }
}
