package tongxing.selection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.selection.review.RankedNominee;
import tongxing.selection.review.Ranking;
import tongxing.support.Logins;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.selection.SelectionFixture.list;
import static tongxing.selection.SelectionFixture.n;

/** Review: blind, independent scoring; conflicts of interest; the ranking's arithmetic. */
@TongxingTest
@AutoConfigureMockMvc
class SelectionReviewWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;
    @Autowired Ranking ranking;
    SelectionFixture f;

    @BeforeEach
    void fixture() {
        f = new SelectionFixture(ctx);
    }

    @Test
    void a_reviewer_sees_no_other_scores_before_submitting_their_own() throws Exception {
        long id = f.reviewing(1, list("union", "sasac"), n("sanya", "黎明"));
        long nominee = f.nominationId(id, "黎明");
        f.score("sasac", nominee, 77, 66, 55);

        mvc.perform(get("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "union")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"score-form\"")))
                .andExpect(content().string(not(containsString("others-scores"))))
                .andExpect(content().string(not(containsString("省国资委"))))
                .andExpect(content().string(not(containsString(">77<"))));

        mvc.perform(post("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "union")).with(csrf())
                        .param("score1", "80").param("score2", "90").param("score3", "70"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "union")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"score-form\""))))
                .andExpect(content().string(containsString("others-scores")))
                .andExpect(content().string(containsString("省国资委")))
                .andExpect(content().string(containsString(">77<")));
    }

    @Test
    void a_score_is_given_once_and_every_criterion_is_between_0_and_100() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "符强"));
        long nominee = f.nominationId(id, "符强");
        mvc.perform(post("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "union")).with(csrf())
                        .param("score1", "101").param("score2", "90"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("“工作业绩”的分数须为 0—100")))
                .andExpect(content().string(containsString("请为“群众评价”打分")));
        f.score("union", nominee, 60, 60, 60);
        mvc.perform(post("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "union")).with(csrf())
                        .param("score1", "100").param("score2", "100").param("score3", "100"))
                .andExpect(status().isConflict());
        assertThat(ranking.of(id).get(0).score()).isEqualByComparingTo("60.00");
    }

    @Test
    void a_city_bound_reviewer_cannot_score_a_nominee_of_that_city() throws Exception {
        // The demo expert belongs to Haikou (460100).
        long id = f.reviewing(2, list("expert", "union"), n("haikou", "海口甲"), n("sanya", "三亚乙"), n("union", "总工会丙"));
        long haikouNominee = f.nominationId(id, "海口甲");
        mvc.perform(get("/selection/nominations/{n}/review", haikouNominee).with(Logins.as(users, "expert")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同属一个市县，须回避")))
                .andExpect(content().string(not(containsString("id=\"score-form\""))));
        mvc.perform(post("/selection/nominations/{n}/review", haikouNominee).with(Logins.as(users, "expert")).with(csrf())
                        .param("score1", "99").param("score2", "99").param("score3", "99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("须回避")));
        // The same expert scores Sanya's nominee.
        mvc.perform(post("/selection/nominations/{n}/review", f.nominationId(id, "三亚乙")).with(Logins.as(users, "expert")).with(csrf())
                        .param("score1", "70").param("score2", "70").param("score3", "70"))
                .andExpect(status().is3xxRedirection());
        // A provincial party does not score the nominee its own organization put forward.
        mvc.perform(post("/selection/nominations/{n}/review", f.nominationId(id, "总工会丙")).with(Logins.as(users, "union")).with(csrf())
                        .param("score1", "99").param("score2", "99").param("score3", "99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("推荐单位，须回避")));
        assertThat(f.jdbc.sql("SELECT count(*) FROM selection_review r JOIN selection_nomination n ON n.id = r.nomination_id WHERE n.campaign_id = :c")
                .param("c", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void someone_not_assigned_cannot_open_or_submit_a_review() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "未指派"));
        long nominee = f.nominationId(id, "未指派");
        mvc.perform(get("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "sasac"))).andExpect(status().isNotFound());
        mvc.perform(post("/selection/nominations/{n}/review", nominee).with(Logins.as(users, "sanya")).with(csrf())
                .param("score1", "1").param("score2", "1").param("score3", "1")).andExpect(status().isNotFound());
    }

    @Test
    void the_ranking_is_the_mean_of_the_reviewers_weighted_scores() {
        long id = f.reviewing(2, list("union", "sasac"), n("sanya", "甲一"), n("sanya", "乙二"), n("sanya", "丙三"));
        // Weights 工作业绩 40, 专业能力 30, 群众评价 30.
        f.score("union", f.nominationId(id, "甲一"), 90, 80, 70);   // 36 + 24 + 21 = 81
        f.score("sasac", f.nominationId(id, "甲一"), 70, 90, 100);  // 28 + 27 + 30 = 85 → mean 83.00
        f.score("union", f.nominationId(id, "乙二"), 100, 50, 50);  // 40 + 15 + 15 = 70
        f.score("sasac", f.nominationId(id, "乙二"), 85, 85, 86);   // 34 + 25.5 + 25.8 = 85.3 → mean 77.65
        List<RankedNominee> r = ranking.of(id);
        assertThat(r).extracting(RankedNominee::nomineeName).containsExactly("甲一", "乙二", "丙三");
        assertThat(r.get(0).score()).isEqualByComparingTo(new BigDecimal("83.00"));
        assertThat(r.get(1).score()).isEqualByComparingTo(new BigDecimal("77.65"));
        assertThat(r.get(2).score()).isNull();
        assertThat(r).extracting(RankedNominee::reviews).containsExactly(2, 2, 0);
        // The default decision is the top quota (2) of the ranking.
        f.decideDefault(id);
        assertThat(f.jdbc.sql("SELECT nominee_name FROM selection_nomination WHERE campaign_id = :c AND winner ORDER BY nominee_name")
                .param("c", id).query(String.class).list()).containsExactlyInAnyOrder("甲一", "乙二");
    }

    @Test
    void an_office_reviewer_sees_the_ranking_only_after_scoring_everyone() throws Exception {
        long id = f.reviewing(1, list("admin", "union"), n("sanya", "排名甲"));
        f.score("union", f.nominationId(id, "排名甲"), 50, 50, 50);
        mvc.perform(get("/selection/campaigns/{id}", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请先完成您的全部评审")))
                .andExpect(content().string(not(containsString("50.00"))));
        f.score("admin", f.nominationId(id, "排名甲"), 70, 70, 70);
        mvc.perform(get("/selection/campaigns/{id}", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60.00")));
    }
}
