package tongxing.selection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.platform.security.Scope;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.decision.Decisions;
import tongxing.selection.publicity.Publicity;
import tongxing.support.Logins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.selection.SelectionFixture.list;
import static tongxing.selection.SelectionFixture.n;

/** The workflow's steps: each only for its role and in its state, safe against two people acting at once. */
@TongxingTest
@AutoConfigureMockMvc
class SelectionWorkflowWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;
    @Autowired Decisions decisions;
    @Autowired Publicity publicity;
    @Autowired GoldStatus goldStatus;
    @Autowired Coordinators coordinators;
    SelectionFixture f;

    @BeforeEach
    void fixture() {
        f = new SelectionFixture(ctx);
    }

    @Test
    void the_office_creates_a_campaign_whose_weights_sum_to_100() throws Exception {
        int year = 2090;
        mvc.perform(post("/selection/campaigns").with(Logins.as(users, "admin")).with(csrf())
                        .param("year", String.valueOf(year)).param("category", "MEDIATION_ORG").param("quota", "")
                        .param("nominationDeadline", "2090-03-01").param("reviewDeadline", "2090-04-01").param("publicityDays", "7")
                        .param("criterionName", "工作业绩", "专业能力", "群众评价").param("criterionWeight", "40", "30", "20")
                        .param("regionQuota[460100]", "2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("权重之和须为 100，现为 90")));
        MvcResult ok = mvc.perform(post("/selection/campaigns").with(Logins.as(users, "admin")).with(csrf())
                        .param("year", String.valueOf(year)).param("category", "MEDIATION_ORG").param("quota", "")
                        .param("nominationDeadline", "2090-03-01").param("reviewDeadline", "2090-04-01").param("publicityDays", "7")
                        .param("criterionName", "工作业绩", "专业能力", "群众评价", "").param("criterionWeight", "40", "30", "30", "")
                        .param("regionQuota[460100]", "2"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(ok.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        var c = f.campaigns.get(id);
        assertThat(c.quota()).isEqualTo(10);   // the category's default: 10 mediation organizations a year
        assertThat(c.criteria()).extracting("weight").containsExactly(40, 30, 30);
        assertThat(c.regionQuotas()).containsEntry("460100", 2);
        assertThat(c.state()).isEqualTo(CampaignState.DRAFT);
        mvc.perform(get("/selection/campaigns/{id}/edit", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("群众评价")));
        mvc.perform(get("/selection/campaigns/{id}/edit", id).with(Logins.as(users, "union"))).andExpect(status().isForbidden());
    }

    @Test
    void city_staff_can_neither_create_nor_open_nor_decide() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "林一"));
        mvc.perform(post("/selection/campaigns").with(Logins.as(users, "haikou")).with(csrf()).param("year", "2099"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("version", String.valueOf(f.version(id))).param("winner", String.valueOf(f.nominationId(id, "林一"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "union")).with(csrf())
                        .param("version", String.valueOf(f.version(id))).param("winner", String.valueOf(f.nominationId(id, "林一"))))
                .andExpect(status().isForbidden());
        assertThat(f.state(id)).isEqualTo(CampaignState.REVIEWING);
    }

    @Test
    void a_draft_campaign_is_invisible_to_cities_and_cannot_take_nominations() throws Exception {
        long id = f.as("admin", () -> f.campaigns.create(f.draft(Category.COORDINATOR, 5, HainanDate.today().plusDays(5),
                Map.of("460100", 3))));
        mvc.perform(get("/selection/campaigns/{id}", id).with(Logins.as(users, "haikou"))).andExpect(status().isNotFound());
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("nomineeRef", "X1").param("nomineeName", "王五").param("reasons", "事迹"))
                .andExpect(status().isNotFound());
        assertThat(count(id)).isZero();
    }

    @Test
    void nothing_can_be_nominated_after_the_deadline() throws Exception {
        long id = f.as("admin", () -> f.campaigns.create(f.draft(Category.COORDINATOR, 5, HainanDate.today().minusDays(1),
                Map.of("460100", 3))));
        f.as("admin", () -> f.campaigns.open(id, f.version(id)));
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("nomineeRef", "X1").param("nomineeName", "王五").param("reasons", "事迹"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("推荐已于 " + HainanDate.today().minusDays(1) + " 截止")));
        assertThat(count(id)).isZero();
    }

    @Test
    void a_city_cannot_nominate_beyond_its_region_quota() throws Exception {
        long id = f.as("admin", () -> f.campaigns.create(f.draft(Category.COORDINATOR, 5, HainanDate.today().plusDays(3),
                Map.of("460100", 1, "460200", 2))));
        f.as("admin", () -> f.campaigns.open(id, f.version(id)));
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("nomineeRef", "HK-1").param("nomineeName", "王五").param("unitPost", "海口某酒店 人事经理")
                        .param("reasons", "调处纠纷 30 件").param("regionCode", "460200"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("nomineeRef", "HK-2").param("nomineeName", "赵六").param("reasons", "事迹"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("本地区推荐名额为 1 个，已用完")));
        assertThat(count(id)).isEqualTo(1);
        // The city's nominee stays in the city, whatever region the request names.
        assertThat(f.jdbc.sql("SELECT region_code FROM selection_nomination WHERE campaign_id = :c").param("c", id)
                .query(String.class).single()).isEqualTo("460100");
        // Sanya's own quota is untouched by Haikou's.
        assertThat(f.nominate(id, "sanya", "SY-1", "陈七")).isPositive();
    }

    @Test
    void nominations_are_recommended_in_one_step_and_then_closed_for_the_city() throws Exception {
        long id = f.nominating(5);
        f.nominate(id, "haikou", "HK-9", "吴九");
        mvc.perform(post("/selection/campaigns/{id}/submit", id).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "selection.nomination.submitted"));
        assertThat(f.jdbc.sql("SELECT status FROM selection_nomination WHERE campaign_id = :c").param("c", id)
                .query(String.class).single()).isEqualTo("SUBMITTED");
        // Sanya cannot see Haikou's nominee.
        mvc.perform(get("/selection/nominations/{n}", f.nominationId(id, "吴九")).with(Logins.as(users, "sanya")))
                .andExpect(status().isNotFound());
    }

    @Test
    void two_decisions_with_the_same_version_one_wins_the_other_is_told_to_refresh() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "甲"), n("sanya", "乙"));
        f.score("union", f.nominationId(id, "甲"), 90, 90, 90);
        f.score("union", f.nominationId(id, "乙"), 60, 60, 60);
        String version = String.valueOf(f.version(id));
        String winner = String.valueOf(f.nominationId(id, "甲"));
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("version", version).param("winner", winner))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("version", version).param("winner", String.valueOf(f.nominationId(id, "乙"))).param("reason", "另选"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理，请刷新")));
        assertThat(f.state(id)).isEqualTo(CampaignState.DECIDED);
        assertThat(winners(id)).containsExactly("甲");
    }

    @Test
    void two_decisions_at_the_same_moment_exactly_one_commits() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "丙"), n("sanya", "丁"));
        f.score("union", f.nominationId(id, "丙"), 80, 80, 80);
        f.score("union", f.nominationId(id, "丁"), 70, 70, 70);
        int version = f.version(id);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String pick : List.of("丙", "丁")) {
                long winner = f.nominationId(id, pick);
                Callable<String> task = () -> {
                    start.await();
                    return f.as("admin", () -> {
                        try {
                            decisions.decide(id, version, Set.of(winner), "同时操作");
                            return "ok";
                        } catch (SelectionConflict e) {
                            return e.getMessage();
                        }
                    });
                };
                results.add(pool.submit(task));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) outcomes.add(r.get());
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "已被他人处理，请刷新");
        } finally {
            pool.shutdown();
        }
        assertThat(winners(id)).hasSize(1);
        assertThat(f.version(id)).isEqualTo(version + 1);
    }

    @Test
    void choosing_other_than_the_top_of_the_ranking_needs_a_reason() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "戊"), n("sanya", "己"));
        f.score("union", f.nominationId(id, "戊"), 95, 95, 95);
        f.score("union", f.nominationId(id, "己"), 50, 50, 50);
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("version", String.valueOf(f.version(id))).param("winner", String.valueOf(f.nominationId(id, "己"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("selectionErrors", hasItem(containsString("请填写理由"))));
        assertThat(f.state(id)).isEqualTo(CampaignState.REVIEWING);
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("version", String.valueOf(f.version(id))).param("winner", String.valueOf(f.nominationId(id, "己")))
                        .param("reason", "戊 受到过行政处分"))
                .andExpect(status().is3xxRedirection());
        assertThat(winners(id)).containsExactly("己");
        assertThat(f.campaigns.get(id).decisionReason()).isEqualTo("戊 受到过行政处分");
    }

    @Test
    void publicity_objection_upheld_removes_a_winner_and_final_records_gold_status() throws Exception {
        long id = f.reviewing(2, list("union"), n("sanya", "庚"), n("sanya", "辛"));
        f.score("union", f.nominationId(id, "庚"), 90, 90, 90);
        f.score("union", f.nominationId(id, "辛"), 85, 85, 85);
        f.decideDefault(id);
        mvc.perform(get("/public/gold/{id}", id)).andExpect(status().isNotFound());   // not public before publicity
        mvc.perform(post("/selection/campaigns/{id}/publicity", id).with(Logins.as(users, "haikou")).with(csrf())
                .param("version", String.valueOf(f.version(id)))).andExpect(status().isForbidden());
        mvc.perform(post("/selection/campaigns/{id}/publicity", id).with(Logins.as(users, "admin")).with(csrf())
                .param("version", String.valueOf(f.version(id)))).andExpect(status().is3xxRedirection());
        var c = f.campaigns.get(id);
        assertThat(c.state()).isEqualTo(CampaignState.PUBLICITY);
        assertThat(c.publicityEnd()).isEqualTo(c.publicityStart().plusDays(6));

        mvc.perform(get("/public/gold/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("庚"))).andExpect(content().string(containsString("辛")));
        // Anyone logged in sees the list and may object, even an enterprise account.
        mvc.perform(get("/selection/campaigns/{id}/gold", id).with(Logins.as(users, "enterprise")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("庚")));
        mvc.perform(post("/selection/campaigns/{id}/objections", id).with(Logins.as(users, "enterprise")).with(csrf())
                        .param("nominationId", String.valueOf(f.nominationId(id, "辛"))).param("content", "辛 曾被投诉"))
                .andExpect(status().is3xxRedirection());
        var objection = publicity.objections(id).get(0);
        assertThat(objection.raisedBy()).isEqualTo("enterprise");
        mvc.perform(get("/selection/campaigns/{id}", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("辛 曾被投诉")));

        // Not before the last day, not with an open objection.
        mvc.perform(post("/selection/campaigns/{id}/finalize", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("version", String.valueOf(f.version(id))))
                .andExpect(flash().attribute("selectionErrors", hasItem(containsString("期满后才能确定最终名单"))));

        mvc.perform(post("/selection/objections/{o}/answer", objection.id()).with(Logins.as(users, "admin")).with(csrf())
                        .param("campaignId", String.valueOf(id)).param("version", String.valueOf(objection.version()))
                        .param("answer", "经核实属实").param("upheld", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(winners(id)).containsExactly("庚");
        mvc.perform(get("/public/gold/{id}", id)).andExpect(content().string(not(containsString("辛"))));

        f.jdbc.sql("UPDATE selection_campaign SET publicity_end = :d WHERE id = :id")
                .param("d", HainanDate.today().minusDays(1)).param("id", id).update();
        mvc.perform(post("/selection/campaigns/{id}/finalize", id).with(Logins.as(users, "admin")).with(csrf())
                .param("version", String.valueOf(f.version(id)))).andExpect(status().is3xxRedirection());
        assertThat(f.state(id)).isEqualTo(CampaignState.FINAL);
        int year = f.campaigns.get(id).year();
        assertThat(goldStatus.goldYears(Category.COORDINATOR, "M:C-" + id + "-庚")).containsExactly(year);
        assertThat(goldStatus.goldYears(Category.COORDINATOR, "M:C-" + id + "-辛")).isEmpty();
        assertThat(f.jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'selection_objection' AND entity_id = :o")
                .param("o", String.valueOf(objection.id())).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_city_nominates_a_registered_coordinator_whose_name_and_level_come_from_the_coordinator_program() throws Exception {
        long id = f.nominating(5);
        CoordinatorSummary k = coordinators.byRegion(Scope.province(), "460100").stream()
                .filter(x -> x.skillLevel() != null).findFirst().orElseThrow();
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "sanya")).with(csrf())
                        .param("coordinatorId", String.valueOf(k.id())).param("reasons", "事迹"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("协调员不存在或不在本地区")));
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("coordinatorId", String.valueOf(k.id())).param("nomineeName", "随便写的名字").param("reasons", "事迹"))
                .andExpect(status().is3xxRedirection());
        var row = f.jdbc.sql("SELECT nominee_ref, nominee_name, region_code, skill_level FROM selection_nomination WHERE campaign_id = :c")
                .param("c", id).query().singleRow();
        assertThat(row).containsEntry("nominee_ref", String.valueOf(k.id())).containsEntry("nominee_name", k.name())
                .containsEntry("region_code", k.regionCode());
        assertThat((String) row.get("skill_level")).isNotBlank();
    }

    @Test
    void a_mediation_organization_is_nominated_from_the_candidate_register() throws Exception {
        long id = f.as("admin", () -> f.campaigns.create(f.draft(Category.MEDIATION_ORG, 10, HainanDate.today().plusDays(3),
                Map.of("460200", 2))));
        f.as("admin", () -> f.campaigns.open(id, f.version(id)));
        String name = "三亚市吉阳区劳动人事争议调解委员会" + id;
        mvc.perform(post("/selection/candidate-orgs").with(Logins.as(users, "sanya")).with(csrf())
                        .param("name", name).param("kind", "MEDIATION_ORG").param("regionCode", "460100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只能登记本市县的组织")));
        mvc.perform(post("/selection/candidate-orgs").with(Logins.as(users, "sanya")).with(csrf())
                        .param("name", name).param("kind", "MEDIATION_ORG").param("regionCode", "460200").param("contact", "符主任"))
                .andExpect(status().is3xxRedirection());
        long org = f.jdbc.sql("SELECT id FROM selection_candidate_org WHERE name = :n").param("n", name).query(Long.class).single();
        mvc.perform(post("/selection/campaigns/{id}/nominations", id).with(Logins.as(users, "sanya")).with(csrf())
                        .param("candidateOrgId", String.valueOf(org)).param("reasons", "年调解案件 300 件，成功率 95%"))
                .andExpect(status().is3xxRedirection());
        var row = f.jdbc.sql("SELECT nominee_type, nominee_ref, nominee_name, region_code FROM selection_nomination WHERE campaign_id = :c")
                .param("c", id).query().singleRow();
        assertThat(row).containsEntry("nominee_type", "MEDIATION_ORG").containsEntry("nominee_ref", String.valueOf(org))
                .containsEntry("nominee_name", name).containsEntry("region_code", "460200");
    }

    private int count(long campaignId) {
        return f.jdbc.sql("SELECT count(*) FROM selection_nomination WHERE campaign_id = :c").param("c", campaignId)
                .query(Integer.class).single();
    }

    private List<String> winners(long campaignId) {
        return f.jdbc.sql("SELECT nominee_name FROM selection_nomination WHERE campaign_id = :c AND winner ORDER BY id")
                .param("c", campaignId).query(String.class).list();
    }
}
