package tongxing.monitoring.feeds;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.platform.security.ApiKeys;
import tongxing.support.Logins;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.monitoring.feeds.FeedFixture.fact;
import static tongxing.monitoring.feeds.FeedFixture.register;
import static tongxing.support.TestEnterprises.freshUscc;

@TongxingTest
@AutoConfigureMockMvc
class FeedLoadingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FeedLoader loader;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    static final String MONTH = LocalDate.now().withDayOfMonth(1).minusMonths(2).toString().substring(0, 7);

    @Test
    void the_same_rows_loaded_twice_change_nothing_and_a_corrected_row_replaces_the_old_one() {
        String a = register(registry, "460100", "重复导入测试甲"), b = register(registry, "460100", "重复导入测试乙");
        var first = FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, fact(MONTH, a, 120, 0), fact(MONTH, b, 40, 1));
        var again = FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, fact(MONTH, a, 120, 0), fact(MONTH, b, 40, 1));
        var corrected = FeedFixture.load(loader, Feed.SOCIAL_INSURANCE, fact(MONTH, a, 118, 0));

        assertThat(first.inserted()).isEqualTo(2);
        assertThat(again.inserted() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT uscc, insured FROM monitoring_headcount WHERE uscc IN (:u) ORDER BY insured")
                .param("u", List.of(a, b)).query().listOfRows())
                .extracting(r -> ((Number) r.get("insured")).intValue()).containsExactly(40, 118);
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_load WHERE feed = 'SOCIAL_INSURANCE' AND month = :m")
                .param("m", LocalDate.parse(MONTH + "-01")).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void within_one_load_the_last_row_of_an_enterprise_and_month_wins() {
        String a = register(registry, "460100", "同批重复测试");
        FeedFixture.load(loader, Feed.UNEMPLOYMENT, fact(MONTH, a, 2), fact(MONTH, a, 7));
        assertThat(jdbc.sql("SELECT registrations FROM monitoring_unemployment WHERE uscc = :u").param("u", a)
                .query(Integer.class).single()).isEqualTo(7);
    }

    @Test
    void the_api_answers_item_by_item_reports_unknown_usccs_and_is_idempotent() throws Exception {
        String known = register(registry, "460100", "接口推送测试"), unknown = freshUscc("460100");
        String key = apiKeys.issue("feeds-" + UUID.randomUUID(), "460000", Set.of("monitoring:write"), "test").plainKey();
        String body = "[{\"uscc\":\"" + known + "\",\"cases\":3,\"workers\":14,\"collectiveCases\":1},"
                + "{\"uscc\":\"" + unknown + "\",\"cases\":1,\"workers\":1,\"collectiveCases\":0},"
                + "{\"uscc\":\"" + known + "X\",\"cases\":-1,\"workers\":1,\"collectiveCases\":2}]";
        mvc.perform(post("/api/v1/monitoring/dispute").param("month", MONTH).header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.inserted").value(1))
                .andExpect(jsonPath("$.totals.rejected").value(2))
                .andExpect(jsonPath("$.totals.unknown").value(1))
                .andExpect(jsonPath("$.results[1].status").value("rejected"))
                .andExpect(jsonPath("$.results[1].errors[0].reason").value(org.hamcrest.Matchers.containsString("未在企业库登记")))
                .andExpect(jsonPath("$.results[2].errors[*].field").value(org.hamcrest.Matchers.hasItems("uscc", "cases")));
        mvc.perform(post("/api/v1/monitoring/dispute").param("month", MONTH).header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.results[0].status").value("unchanged"));
        mvc.perform(post("/api/v1/monitoring/dispute").param("month", MONTH).header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"uscc\":\"" + known + "\",\"cases\":4,\"workers\":15,\"collectiveCases\":1}]"))
                .andExpect(jsonPath("$.results[0].status").value("updated"));
        assertThat(jdbc.sql("SELECT cases FROM monitoring_dispute WHERE uscc = :u").param("u", known).query(Integer.class).list())
                .containsExactly(4);
    }

    @Test
    void a_city_key_may_not_send_facts_of_another_city_and_a_key_without_the_permission_is_refused() throws Exception {
        String haikou = register(registry, "460100", "海口辖区企业");
        String sanyaKey = apiKeys.issue("sanya-feeds-" + UUID.randomUUID(), "460200", Set.of("monitoring:write"), "test").plainKey();
        mvc.perform(post("/api/v1/monitoring/social-insurance").param("month", MONTH).header("X-Api-Key", sanyaKey)
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"uscc\":\"" + haikou + "\",\"insured\":10,\"arrearsMonths\":0}]"))
                .andExpect(jsonPath("$.results[0].status").value("rejected"))
                .andExpect(jsonPath("$.results[0].errors[0].reason").value(org.hamcrest.Matchers.containsString("不在您的辖区")));
        assertThat(jdbc.sql("SELECT count(*) FROM monitoring_headcount WHERE uscc = :u").param("u", haikou).query(Long.class).single()).isZero();

        String readOnly = apiKeys.issue("ro-" + UUID.randomUUID(), "460000", Set.of("enterprise:read"), "test").plainKey();
        mvc.perform(post("/api/v1/monitoring/social-insurance").param("month", MONTH).header("X-Api-Key", readOnly)
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/social-insurance").param("month", "2026-13").header("X-Api-Key", sanyaKey)
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_file_reports_every_bad_row_by_row_and_column_and_commit_loads_the_good_rows() throws Exception {
        String good = register(registry, "460100", "文件导入测试"), unknown = freshUscc("460100");
        String sanya = register(registry, "460200", "三亚文件导入测试");
        String csv = "月份,统一社会信用代码,企业名称,失业登记人数\n"
                + MONTH + "," + good + ",文件导入测试,6\n"
                + MONTH + "," + unknown + ",未登记企业,2\n"
                + "2026年13月," + good + ",月份错误,1\n"
                + MONTH + "," + sanya + ",外市企业,3\n"
                + MONTH + "," + good + ",重复,-1\n";
        MvcResult upload = mvc.perform(multipart("/imports/monitoring-unemployment")
                        .file(new MockMultipartFile("file", "失业登记.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long job = Long.parseLong(upload.getResponse().getRedirectedUrl().substring("/imports/".length()));
        List<String> errors = jdbc.sql("SELECT row_number || '|' || column_name || '|' || reason FROM platform_import_error WHERE job_id = :id ORDER BY row_number, column_index")
                .param("id", job).query(String.class).list();
        assertThat(errors).anyMatch(e -> e.startsWith("3|统一社会信用代码|") && e.contains("未在企业库登记"));
        assertThat(errors).anyMatch(e -> e.startsWith("4|月份|"));
        assertThat(errors).anyMatch(e -> e.startsWith("5|统一社会信用代码|") && e.contains("不在您的辖区"));
        assertThat(errors).anyMatch(e -> e.startsWith("6|"));
        mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT uscc, registrations FROM monitoring_unemployment WHERE uscc IN (:u)")
                .param("u", List.of(good, unknown, sanya)).query().listOfRows())
                .extracting(r -> r.get("registrations")).containsExactly(6);
        Map<String, Object> load = jdbc.sql("SELECT * FROM monitoring_load WHERE file_name = '失业登记.csv' ORDER BY id DESC LIMIT 1").query().singleRow();
        assertThat(load.get("channel")).isEqualTo("FILE");
        assertThat(load.get("accepted")).isEqualTo(1);
        assertThat(load.get("rejected")).isEqualTo(4);
    }

    @Test
    void the_template_of_each_feed_can_be_downloaded() throws Exception {
        for (Feed f : Feed.values()) {
            mvc.perform(get("/imports/{kind}/template.xlsx", f.importKind()).with(Logins.as(users, "sanya")))
                    .andExpect(status().isOk());
        }
    }
}
