package tongxing.enterprise.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.ApiKeys;
import tongxing.platform.security.Scope;
import tongxing.support.TestEnterprises;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class EnterpriseApiTest {

    private static final String HAIKOU = "460100", SANYA = "460200", PROVINCE = "460000";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    EnterpriseBulkLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void a_request_without_an_api_key_is_refused_with_a_401_problem() throws Exception {
        mvc.perform(post("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_revoked_key_is_refused_with_a_401_problem() throws Exception {
        ApiKeys.IssuedKey issued = apiKeys.issue("revoked-" + UUID.randomUUID(), PROVINCE,
                Set.of("enterprise:read", "enterprise:write"), "test");
        apiKeys.revoke(issued.id());

        mvc.perform(get("/api/v1/enterprises/91460100MA5T00001L").header("X-Api-Key", issued.plainKey()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_key_without_the_write_permission_gets_a_403_problem() throws Exception {
        String readOnly = key(PROVINCE, "enterprise:read");

        send(readOnly, List.of(item(anEnterprise().build())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("enterprise:write")));
    }

    @Test
    void a_key_without_the_read_permission_gets_a_403_problem() throws Exception {
        String writeOnly = key(PROVINCE, "enterprise:write");

        mvc.perform(get("/api/v1/enterprises/91460100MA5T00001L").header("X-Api-Key", writeOnly))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("enterprise:read")));
    }

    @Test
    void a_batch_answers_each_item_and_registers_only_the_valid_ones() throws Exception {
        String feedKey = key(PROVINCE, "enterprise:read", "enterprise:write");
        EnterpriseData first = anEnterprise().inRegion(HAIKOU).named("海口接口测试一有限公司").build();
        EnterpriseData second = anEnterprise().inRegion(SANYA).named("三亚接口测试二有限公司").build();
        Map<String, Object> broken = item(anEnterprise().build());
        broken.put("uscc", "91460100MA5T00001X");

        send(feedKey, List.of(item(first), broken, item(second)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.received").value(3))
                .andExpect(jsonPath("$.totals.inserted").value(2))
                .andExpect(jsonPath("$.totals.rejected").value(1))
                .andExpect(jsonPath("$.results[0].index").value(0))
                .andExpect(jsonPath("$.results[0].uscc").value(first.uscc()))
                .andExpect(jsonPath("$.results[0].status").value("inserted"))
                .andExpect(jsonPath("$.results[0].errors").isEmpty())
                .andExpect(jsonPath("$.results[1].status").value("rejected"))
                .andExpect(jsonPath("$.results[1].uscc").value("91460100MA5T00001X"))
                .andExpect(jsonPath("$.results[1].errors[0].field").value("uscc"))
                .andExpect(jsonPath("$.results[1].errors[0].reason").value(containsString("校验位")))
                .andExpect(jsonPath("$.results[2].status").value("inserted"));

        assertThat(registry.find(Scope.province(), first.uscc())).get()
                .extracting(Enterprise::name, Enterprise::source).containsExactly("海口接口测试一有限公司", "API");
        assertThat(registry.find(Scope.province(), second.uscc())).isPresent();
        assertThat(registry.find(Scope.province(), "91460100MA5T00001X")).isEmpty();
    }

    @Test
    void the_same_batch_sent_twice_changes_nothing_and_a_changed_item_is_updated() throws Exception {
        String feedKey = key(PROVINCE, "enterprise:write");
        EnterpriseData a = anEnterprise().inRegion(HAIKOU).build(), b = anEnterprise().inRegion(SANYA).build();
        List<Map<String, Object>> batch = List.of(item(a), item(b));
        send(feedKey, batch).andExpect(jsonPath("$.totals.inserted").value(2));
        int versionBefore = registry.find(Scope.province(), a.uscc()).orElseThrow().version();

        send(feedKey, batch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.unchanged").value(2))
                .andExpect(jsonPath("$.results[0].status").value("unchanged"))
                .andExpect(jsonPath("$.results[1].status").value("unchanged"));
        assertThat(registry.find(Scope.province(), a.uscc()).orElseThrow().version()).isEqualTo(versionBefore);

        Map<String, Object> grown = item(a);
        grown.put("employees", 400);
        send(feedKey, List.of(grown, item(b)))
                .andExpect(jsonPath("$.results[0].status").value("updated"))
                .andExpect(jsonPath("$.results[1].status").value("unchanged"));
        assertThat(registry.find(Scope.province(), a.uscc()).orElseThrow().employees()).isEqualTo(400);
    }

    @Test
    void an_enterprise_the_feed_changes_is_audited_under_the_clients_name_with_its_old_and_new_values() throws Exception {
        String name = UUID.randomUUID() + " 审计测试推送接口";
        String feedKey = apiKeys.issue(name, PROVINCE, Set.of("enterprise:write"), "test").plainKey();
        EnterpriseData a = anEnterprise().inRegion(HAIKOU).withEmployees(30).build();
        send(feedKey, List.of(item(a))).andExpect(jsonPath("$.totals.inserted").value(1));
        Map<String, Object> grown = item(a);
        grown.put("employees", 31);
        send(feedKey, List.of(grown)).andExpect(jsonPath("$.results[0].status").value("updated"));

        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT username, before_data::text AS before, after_data::text AS after FROM platform_audit_log
                        WHERE action = 'API_CALL' AND entity_type = 'enterprise' AND entity_id = :uscc""")
                .param("uscc", a.uscc()).query().listOfRows();
        assertThat(entries).as("one change, none for the insert").singleElement().satisfies(e -> {
            assertThat(e).containsEntry("username", name);
            assertThat((String) e.get("before")).isEqualTo("{\"employees\": \"30\"}");
            assertThat((String) e.get("after")).isEqualTo("{\"employees\": \"31\"}");
        });
    }

    @Test
    void every_batch_leaves_one_audit_entry_with_the_client_name_and_the_counts() throws Exception {
        String name = UUID.randomUUID() + " 省市场监管局企业登记推送接口（名称长于审计日志用户名栏的五十个字）";
        String feedKey = apiKeys.issue(name, PROVINCE, Set.of("enterprise:write"), "test").plainKey();

        send(feedKey, List.of(item(anEnterprise().build()), Map.of("uscc", "bad"))).andExpect(status().isOk());

        List<String> summaries = jdbc.sql("SELECT summary FROM platform_audit_log WHERE username = :name AND action = 'API_CALL'")
                .param("name", name.substring(0, 50)).query(String.class).list();
        assertThat(summaries).singleElement().asString().contains("收到 2 条", "新增 1", "拒绝 1");
    }

    @Test
    void an_item_with_a_value_of_the_wrong_type_is_rejected_naming_the_field() throws Exception {
        String feedKey = key(PROVINCE, "enterprise:write");
        Map<String, Object> wrongNumber = item(anEnterprise().build());
        wrongNumber.put("employees", "很多");
        Map<String, Object> wrongDate = item(anEnterprise().build());
        wrongDate.put("establishedOn", "2020-13-45");
        Map<String, Object> fraction = item(anEnterprise().build());
        fraction.put("employees", 12.5);

        send(feedKey, List.of(wrongNumber, wrongDate, fraction, Map.of()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].status").value("rejected"))
                .andExpect(jsonPath("$.results[0].errors[0].field").value("employees"))
                .andExpect(jsonPath("$.results[0].errors[0].reason").value("应为整数"))
                .andExpect(jsonPath("$.results[1].errors[0].field").value("establishedOn"))
                .andExpect(jsonPath("$.results[1].errors[0].reason").value(containsString("yyyy-MM-dd")))
                .andExpect(jsonPath("$.results[2].errors[0].field").value("employees"))
                .andExpect(jsonPath("$.results[3].errors[*].field", allOf(hasItem("uscc"), hasItem("name"), hasItem("regionCode"))));
    }

    @Test
    void a_uscc_sent_twice_in_one_batch_is_rejected_the_second_time() throws Exception {
        String feedKey = key(PROVINCE, "enterprise:write");
        EnterpriseData once = anEnterprise().build();

        send(feedKey, List.of(item(once), item(once)))
                .andExpect(jsonPath("$.results[0].status").value("inserted"))
                .andExpect(jsonPath("$.results[1].status").value("rejected"))
                .andExpect(jsonPath("$.results[1].errors[0].field").value("uscc"));
    }

    @Test
    void a_city_key_cannot_register_an_enterprise_of_another_region() throws Exception {
        String haikouKey = key(HAIKOU, "enterprise:write");
        EnterpriseData own = anEnterprise().inRegion(HAIKOU).build();
        EnterpriseData sanya = anEnterprise().inRegion(SANYA).build();

        send(haikouKey, List.of(item(own), item(sanya)))
                .andExpect(jsonPath("$.results[0].status").value("inserted"))
                .andExpect(jsonPath("$.results[1].status").value("rejected"))
                .andExpect(jsonPath("$.results[1].errors[0].field").value("regionCode"))
                .andExpect(jsonPath("$.results[1].errors[0].reason").value(containsString("海口")));

        assertThat(registry.find(Scope.province(), sanya.uscc())).isEmpty();
    }

    @Test
    void a_city_key_cannot_move_or_alter_an_enterprise_registered_in_another_region() throws Exception {
        EnterpriseData inSanya = anEnterprise().inRegion(SANYA).named("三亚既有企业有限公司").build();
        loader.upsert(Scope.province(), List.of(inSanya).iterator(), "TEST");
        Map<String, Object> movedToHaikou = item(inSanya);
        movedToHaikou.put("regionCode", HAIKOU);
        movedToHaikou.put("name", "被改名的企业");

        send(key(HAIKOU, "enterprise:write"), List.of(movedToHaikou))
                .andExpect(jsonPath("$.results[0].status").value("rejected"))
                .andExpect(jsonPath("$.results[0].errors[0].field").value("uscc"));

        assertThat(registry.find(Scope.province(), inSanya.uscc())).get()
                .extracting(Enterprise::regionCode, Enterprise::name).containsExactly(SANYA, "三亚既有企业有限公司");
    }

    @Test
    void a_city_key_gets_404_for_an_enterprise_of_another_region_and_its_own_region_sees_it_masked() throws Exception {
        EnterpriseData inSanya = anEnterprise().inRegion(SANYA).withPhone("13912345678").build();
        loader.upsert(Scope.province(), List.of(inSanya).iterator(), "TEST");

        mvc.perform(get("/api/v1/enterprises/" + inSanya.uscc()).header("X-Api-Key", key(HAIKOU, "enterprise:read")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/enterprises/" + inSanya.uscc()).header("X-Api-Key", key(SANYA, "enterprise:read")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uscc").value(inSanya.uscc()))
                .andExpect(jsonPath("$.contactPhone").value("139****5678"));
    }

    @Test
    void the_demo_key_reads_the_demo_enterprise() throws Exception {
        mvc.perform(get("/api/v1/enterprises/91460100MA5T00001L").header("X-Api-Key", "tx_demo_market_regulation_key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("海南椰风食品有限公司"))
                .andExpect(jsonPath("$.contactPhone").value("138****1234"));
    }

    @Test
    void malformed_json_gets_a_400_problem_naming_the_place_without_a_stack_trace() throws Exception {
        String body = mvc.perform(post("/api/v1/enterprises").header("X-Api-Key", key(PROVINCE, "enterprise:write"))
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"uscc\": \"91460100MA5T00001L\",}]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("JSON")))
                .andExpect(jsonPath("$.detail", containsString("第 1 行")))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("Exception", "tools.jackson", "at tongxing.", "trace");
    }

    @Test
    void a_body_that_is_not_an_array_gets_a_400_problem() throws Exception {
        mvc.perform(post("/api/v1/enterprises").header("X-Api-Key", key(PROVINCE, "enterprise:write"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"uscc\": \"91460100MA5T00001L\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("数组")));
    }

    @Test
    void a_batch_of_more_than_5000_items_is_refused_with_413() throws Exception {
        List<Map<String, Object>> tooMany = new ArrayList<>(Collections.nCopies(5001, Map.of()));

        send(key(PROVINCE, "enterprise:write"), tooMany)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("5000")));
    }

    @Test
    void a_body_that_is_not_json_gets_a_415_problem() throws Exception {
        mvc.perform(post("/api/v1/enterprises").header("X-Api-Key", key(PROVINCE, "enterprise:write"))
                        .contentType(MediaType.TEXT_PLAIN).content("uscc=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void the_api_docs_list_both_endpoints_and_the_api_key_scheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/enterprises'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/enterprises/{uscc}'].get", notNullValue()))
                .andExpect(jsonPath("$.components.securitySchemes.ApiKey.type").value("apiKey"))
                .andExpect(jsonPath("$.components.securitySchemes.ApiKey.in").value("header"))
                .andExpect(jsonPath("$.components.securitySchemes.ApiKey.name").value("X-Api-Key"))
                .andExpect(jsonPath("$.components.schemas.EnterpriseFeedItem.properties.uscc", notNullValue()));
    }

    private ResultActions send(String apiKey, List<? extends Map<String, ?>> items) throws Exception {
        return mvc.perform(post("/api/v1/enterprises").header("X-Api-Key", apiKey)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(items)));
    }

    private String key(String region, String... permissions) {
        return apiKeys.issue("test-" + UUID.randomUUID(), region, Set.of(permissions), "test").plainKey();
    }

    /** The enterprise as the feed sends it: the API's property names are the registry's. */
    private Map<String, Object> item(EnterpriseData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uscc", d.uscc());
        m.put("name", d.name());
        m.put("regionCode", d.regionCode());
        m.put("industryCode", d.industryCode());
        m.put("ownershipCode", d.ownershipCode());
        m.put("employees", d.employees());
        m.put("revenue", d.revenue());
        m.put("assets", d.assets());
        m.put("legalRepresentative", d.legalRepresentative());
        m.put("contactPerson", d.contactPerson());
        m.put("contactPhone", d.contactPhone());
        m.put("address", d.address());
        m.put("establishedOn", d.establishedOn().toString());
        m.put("status", d.status());
        m.put("tags", d.tags());
        return m;
    }
}
