package tongxing.selection;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.selection.SelectionFixture.list;
import static tongxing.selection.SelectionFixture.n;

/** The selection's reasons and headings come in the reader's language: Chinese by default, English on request. */
@TongxingTest
@AutoConfigureMockMvc
class SelectionLanguageWebTest {

    private static final Cookie ENGLISH = new Cookie("TONGXING_LANG", "en");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext ctx;
    SelectionFixture f;

    @BeforeEach
    void fixture() {
        f = new SelectionFixture(ctx);
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private MockHttpServletRequestBuilder weightsOf90() {
        return post("/selection/campaigns").with(Logins.as(users, "admin")).with(csrf())
                .param("year", "2095").param("category", "SOCIAL_ORG").param("quota", "x")
                .param("nominationDeadline", "2095-03-01").param("reviewDeadline", "2095-04-01").param("publicityDays", "7")
                .param("criterionName", "工作业绩", "专业能力", "群众评价").param("criterionWeight", "40", "30", "20")
                .param("regionQuota[460100]", "2");
    }

    @Test
    void the_campaign_form_reasons_follow_the_reader_s_language() throws Exception {
        mvc.perform(weightsOf90().cookie(ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("The criteria weights must add up to 100, now 90"),
                        containsString("Quota must be a whole number: x"), not(containsString("权重之和须为 100")))));
        mvc.perform(weightsOf90())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("评分项权重之和须为 100，现为 90"),
                        containsString("评选名额须为整数：x"), not(containsString("must add up to 100")))));
    }

    @Test
    void the_campaign_heading_follows_the_reader_s_language() throws Exception {
        long id = f.nominating(1);
        int year = f.campaigns.get(id).year();
        mvc.perform(get("/selection/campaigns/{id}", id).with(Logins.as(users, "admin")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gold labor-relations coordinators " + year + "</h1>")));
        mvc.perform(get("/selection/campaigns/{id}", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(year + "年度金牌劳动关系协调员评选</h1>")));
    }

    @Test
    void a_stale_decision_is_told_to_reload_in_the_reader_s_language() throws Exception {
        long id = f.reviewing(1, list("union"), n("sanya", "语甲"), n("sanya", "语乙"));
        f.score("union", f.nominationId(id, "语甲"), 90, 90, 90);
        String stale = String.valueOf(f.version(id) - 1);
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "admin")).with(csrf()).cookie(ENGLISH)
                        .param("version", stale).param("winner", String.valueOf(f.nominationId(id, "语甲"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else has already handled this; please reload")));
        mvc.perform(post("/selection/campaigns/{id}/decision", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("version", stale).param("winner", String.valueOf(f.nominationId(id, "语甲"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理，请刷新")));
    }
}
