package tongxing.monitoring;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tongxing.TongxingTest;
import tongxing.platform.i18n.RecordedText;
import tongxing.support.Logins;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monitoring screens answer in the user's language: Chinese by default, English when switched. */
@TongxingTest
@AutoConfigureMockMvc
class MonitoringLanguageWebTest {

    private static final Cookie ENGLISH = new Cookie("TONGXING_LANG", "en");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    private MockHttpServletRequestBuilder badSeverance() {
        return post("/tools/severance").with(Logins.as(users, "haikou")).with(csrf())
                .param("type", "ECONOMIC_LAYOFF").param("regionCode", "460100")
                .param("averageMonthlyWage", "6000").param("hireDate", "2024-03-01").param("terminationDate", "2024-02-01");
    }

    @Test
    void a_severance_reason_is_english_for_an_english_user_and_chinese_by_default() throws Exception {
        mvc.perform(badSeverance().cookie(ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The termination date cannot be before the hire date"),
                        not(containsString("解除或终止日期不能早于入职日期")))));
        mvc.perform(badSeverance()).andExpect(status().isOk())
                .andExpect(content().string(containsString("解除或终止日期不能早于入职日期")));
    }

    @Test
    void the_severance_steps_follow_the_language_of_the_user() throws Exception {
        mvc.perform(post("/tools/severance").with(Logins.as(users, "enterprise")).with(csrf()).cookie(ENGLISH)
                        .param("type", "ECONOMIC_LAYOFF").param("regionCode", "460100")
                        .param("averageMonthlyWage", "6000").param("hireDate", "2021-03-01").param("terminationDate", "2024-02-29"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Severance = 6000.00 yuan × 3 = 18000.00 yuan."),
                        containsString("Total: 18000.00 yuan."), not(containsString("合计：")))));
    }

    @Test
    void a_layoff_plan_form_names_the_missing_fields_in_the_language_of_the_user() throws Exception {
        mvc.perform(post("/monitoring/layoff-plans").with(Logins.as(users, "haikou")).with(csrf()).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose the grounds of the layoff"),
                        containsString("Enter the total workforce"), not(containsString("请选择裁员理由")))));
        mvc.perform(post("/monitoring/layoff-plans").with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择裁员理由"), containsString("请填写职工总数"))));
    }

    @Test
    void a_layoff_plans_totals_line_is_punctuated_in_the_language_of_the_user() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM monitoring_layoff_plan WHERE region_code = '460100'").query(Long.class).single();
        mvc.perform(get("/monitoring/layoff-plans/" + id).with(Logins.as(users, "haikou")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>Total severance</span><span>: </span>")))
                .andExpect(content().string(containsString("<span> yuan;</span>")));
        mvc.perform(get("/monitoring/layoff-plans/" + id).with(Logins.as(users, "haikou")))
                .andExpect(content().string(containsString("<span>经济补偿合计</span><span>：</span>")))
                .andExpect(content().string(containsString("<span> 元；</span>")));
    }

    @Test
    void the_backtest_names_rules_and_reasons_in_the_language_of_the_user() throws Exception {
        mvc.perform(get("/monitoring/backtest").param("from", "2018-13").with(Logins.as(users, "admin")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Month “2018-13” is not recognized"),
                        containsString("Insured headcount fell month on month to the layoff threshold"),
                        not(containsString("无法识别")))));
        mvc.perform(get("/monitoring/backtest").param("from", "2018-13").with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("月份“2018-13”无法识别"), containsString("参保人数环比下降达到裁员标准"))));
    }

    @Test
    void the_feeds_page_names_each_feeds_numbers_in_the_language_of_the_user() throws Exception {
        mvc.perform(get("/monitoring/feeds").with(Logins.as(users, "admin")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<span>insured employees, </span>"),
                        containsString("<span>collective cases</span>"), not(containsString("参保人数、")))));
        mvc.perform(get("/monitoring/feeds").with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<span>参保人数、</span>"), containsString("<span>集体争议案件数</span>"))));
    }

    @Test
    void the_charts_take_their_words_from_the_bundles() throws Exception {
        mvc.perform(get("/monitoring/enterprises/91460100MA5T00001L").with(Logins.as(users, "haikou")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-label-signal=\"Red/orange signal\""),
                        containsString("data-label-insured=\"Insured\""))));
        mvc.perform(get("/monitoring").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-label-failed=\"图表数据加载失败\"")));
    }

    @Test
    void a_signals_explanation_is_told_in_the_language_of_the_user() throws Exception {
        Map<String, Object> signal = jdbc.sql("""
                        SELECT s.uscc, s.reason, s.reason_key, s.reason_args::text AS args FROM monitoring_signal s
                        JOIN monitoring_detection_run r ON r.id = s.run_id AND r.status = 'FINISHED'
                        WHERE s.region_code = '460100' AND s.reason_key IS NOT NULL ORDER BY s.id DESC LIMIT 1""")
                .query().singleRow();
        RecordedText reason = RecordedText.of((String) signal.get("reason"), (String) signal.get("reason_key"), (String) signal.get("args"));
        String english = reason.in(messages, Locale.ENGLISH);
        assertThat(english).isNotEqualTo(reason.stored()).doesNotContainPattern("\\p{IsHan}");
        String page = "/monitoring/enterprises/" + ((String) signal.get("uscc")).trim();
        mvc.perform(get(page).with(Logins.as(users, "haikou")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(HtmlUtils.htmlEscape(english, "UTF-8")), not(containsString(reason.stored())))));
        mvc.perform(get(page).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(reason.stored(), "UTF-8"))));
    }
}
