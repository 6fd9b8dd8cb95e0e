package tongxing.monitoring.feeds;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.platform.security.ApiKeys;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.monitoring.feeds.FeedFixture.register;
import static tongxing.support.TestEnterprises.freshUscc;

/** A whole month of a feed as one text/csv request: the same checks as JSON, refused lines by number. */
@TongxingTest
@AutoConfigureMockMvc
class FeedCsvApiTest {

    static final String MONTH = LocalDate.now().withDayOfMonth(1).minusMonths(3).toString().substring(0, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseBulkLoader registry;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void good_lines_are_loaded_and_every_bad_line_is_answered_by_number_field_and_reason() throws Exception {
        String a = register(registry, "460100", "CSV推送甲"), b = register(registry, "460100", "CSV推送乙");
        String c = register(registry, "460100", "CSV推送丙"), unknown = freshUscc("460100");
        String csv = "uscc,name,insured,arrearsMonths\n"
                + a + ",CSV推送甲,120,0\n"                     // 2
                + unknown + ",未登记,5,0\n"                    // 3
                + "\n"                                          // 4 blank, skipped
                + b + ",\"乙, 有逗号\",40,1\n"                  // 5
                + a + ",重复,121,0\n"                           // 6 duplicate of line 2
                + c.substring(0, 17) + (c.charAt(17) == '0' ? '1' : '0') + ",校验位错,7,0\n"   // 7
                + c + ",负数,-3,0\n"                            // 8
                + c + ",小数,3.5,0\n"                           // 9
                + c + ",欠缴过多,10,241\n"                      // 10
                + c + ",缺列\n";                                // 11
        send(key("460000"), "social-insurance", csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.received").value(9))
                .andExpect(jsonPath("$.totals.inserted").value(2))
                .andExpect(jsonPath("$.totals.rejected").value(7))
                .andExpect(jsonPath("$.totals.unknown").value(1))
                .andExpect(jsonPath("$.refusedTruncated").value(false))
                .andExpect(jsonPath("$.refused[*].line").value(org.hamcrest.Matchers.contains(3, 6, 7, 8, 9, 10, 11)))
                .andExpect(jsonPath("$.refused[0].errors[0].reason").value(containsString("未在企业库登记")))
                .andExpect(jsonPath("$.refused[1].errors[0].reason").value(containsString("第 2 行")))
                .andExpect(jsonPath("$.refused[3].errors[0].field").value("insured"))
                .andExpect(jsonPath("$.refused[4].errors[0].reason").value(containsString("应为整数")))
                .andExpect(jsonPath("$.refused[5].errors[0].field").value("arrearsMonths"))
                .andExpect(jsonPath("$.refused[6].errors[*].field").value(hasItem("insured")));
        assertThat(facts(a, b, c)).containsExactlyInAnyOrderEntriesOf(Map.of(a, 120, b, 40));
        Map<String, Object> load = jdbc.sql("SELECT channel, accepted, rejected, unknown FROM monitoring_load WHERE id = "
                + "(SELECT max(load_id) FROM monitoring_headcount WHERE uscc = :a)").param("a", a).query().singleRow();
        assertThat(load).containsEntry("channel", "API").containsEntry("accepted", 2).containsEntry("rejected", 7).containsEntry("unknown", 1);
    }

    @Test
    void sending_the_month_again_changes_nothing_and_a_correction_replaces_the_figure() throws Exception {
        String a = register(registry, "460100", "CSV幂等甲"), b = register(registry, "460100", "CSV幂等乙");
        String csv = "uscc,insured,arrearsMonths\n" + a + ",30,0\n" + b + ",12,0\n";
        send(key("460000"), "social-insurance", csv).andExpect(jsonPath("$.totals.inserted").value(2));
        send(key("460000"), "social-insurance", csv)
                .andExpect(jsonPath("$.totals.unchanged").value(2))
                .andExpect(jsonPath("$.totals.inserted").value(0));
        send(key("460000"), "social-insurance", "uscc,insured,arrearsMonths\n" + a + ",29,0\n")
                .andExpect(jsonPath("$.totals.updated").value(1));
        assertThat(facts(a, b)).containsExactlyInAnyOrderEntriesOf(Map.of(a, 29, b, 12));
    }

    @Test
    void a_months_first_load_copies_each_accepted_line_with_its_region_and_counts_the_regions() throws Exception {
        // A month no other test loads (an empty partition: the COPY-only path); not Sanya, whose trend a dashboard test counts.
        String month = "2016-05";
        String a = register(registry, "460100", "CSV首载甲"), b = register(registry, "460400", "CSV首载乙"), unknown = freshUscc("460100");
        String csv = "uscc,insured,arrearsMonths\n" + b + ",7,2\n" + unknown + ",5,0\n" + a + ",30,0\n" + b + ",8,0\n";
        mvc.perform(post("/api/v1/monitoring/{feed}", "social-insurance").param("month", month).header("X-Api-Key", key("460000"))
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.inserted").value(2))
                .andExpect(jsonPath("$.totals.unknown").value(1))
                .andExpect(jsonPath("$.refused[*].line").value(org.hamcrest.Matchers.contains(3, 5)))
                .andExpect(jsonPath("$.refused[1].errors[0].reason").value(containsString("第 2 行")));
        Map<String, String> stored = new java.util.HashMap<>();
        jdbc.sql("SELECT uscc, region_code || '/' || insured || '/' || arrears_months FROM monitoring_headcount WHERE month = '2016-05-01'")
                .query((rs, n) -> stored.put(rs.getString(1), rs.getString(2))).list();
        assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of(a, "460100/30/0", b, "460400/7/2"));
        assertThat(jdbc.sql("SELECT region_code || ':' || enterprises || '/' || insured FROM monitoring_region_month"
                + " WHERE month = '2016-05-01' ORDER BY region_code").query(String.class).list()).containsExactly("460100:1/30", "460400:1/7");
    }

    @Test
    void the_template_headers_in_chinese_and_any_column_order_are_accepted() throws Exception {
        String a = register(registry, "460100", "CSV中文列名");
        send(key("460000"), "dispute", "\uFEFF涉及人数,统一社会信用代码,集体争议案件数,争议案件数\n12," + a + ",1,3\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.inserted").value(1));
        assertThat(jdbc.sql("SELECT cases || '/' || workers || '/' || collective_cases FROM monitoring_dispute WHERE uscc = :u")
                .param("u", a).query(String.class).single()).isEqualTo("3/12/1");
    }

    @Test
    void a_city_key_gets_the_lines_of_another_city_refused_and_loads_its_own() throws Exception {
        String haikou = register(registry, "460100", "CSV海口企业"), sanya = register(registry, "460200", "CSV三亚企业");
        send(key("460200"), "social-insurance", "uscc,insured,arrearsMonths\n" + haikou + ",10,0\n" + sanya + ",11,0\n")
                .andExpect(jsonPath("$.totals.inserted").value(1))
                .andExpect(jsonPath("$.refused[0].line").value(2))
                .andExpect(jsonPath("$.refused[0].errors[0].reason").value(containsString("不在您的辖区")));
        assertThat(facts(haikou, sanya)).containsOnlyKeys(sanya);
    }

    @Test
    void a_header_without_a_measure_is_refused_as_a_whole_with_the_expected_header() throws Exception {
        String a = register(registry, "460100", "CSV缺列");
        send(key("460000"), "social-insurance", "uscc,insured\n" + a + ",10\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("arrearsMonths")))
                .andExpect(jsonPath("$.detail").value(containsString("uscc,insured,arrearsMonths")))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
        send(key("460000"), "social-insurance", "").andExpect(status().isBadRequest());
        assertThat(facts(a)).isEmpty();
    }

    @Test
    void a_key_without_the_permission_is_refused() throws Exception {
        String readOnly = apiKeys.issue("csv-ro-" + UUID.randomUUID(), "460000", Set.of("enterprise:read"), "test").plainKey();
        send(readOnly, "social-insurance", "uscc,insured,arrearsMonths\n").andExpect(status().isForbidden());
    }

    @Test
    void the_api_docs_offer_csv_next_to_json_on_the_feed_endpoint() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/monitoring/{feed}'].post.requestBody.content['text/csv']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/monitoring/{feed}'].post.requestBody.content['application/json']", notNullValue()));
    }

    private ResultActions send(String key, String feed, String csv) throws Exception {
        return mvc.perform(post("/api/v1/monitoring/{feed}", feed).param("month", MONTH).header("X-Api-Key", key)
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private String key(String region) {
        return apiKeys.issue("csv-" + UUID.randomUUID(), region, Set.of("monitoring:write"), "test").plainKey();
    }

    private Map<String, Integer> facts(String... usccs) {
        Map<String, Integer> m = new java.util.HashMap<>();
        jdbc.sql("SELECT uscc, insured FROM monitoring_headcount WHERE month = :m AND uscc IN (:u)")
                .param("m", LocalDate.parse(MONTH + "-01")).param("u", List.of(usccs))
                .query((rs, n) -> m.put(rs.getString(1), rs.getInt(2))).list();
        return m;
    }
}
