package tongxing.monitoring.severance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TongxingTest
@AutoConfigureMockMvc
class SeveranceApiTest {

    static final String KEY = "tx_demo_market_regulation_key";

    @Autowired
    MockMvc mvc;

    @Test
    void an_economic_layoff_is_computed_with_every_step() throws Exception {
        mvc.perform(post("/api/v1/tools/severance").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"averageMonthlyWage": 6000, "hireDate": "2020-01-01", "terminationDate": "2026-06-30",
                                 "type": "ECONOMIC_LAYOFF", "regionCode": "460100"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monthsCounted").value(7))        // 6 years 6 months: 6 + 1
                .andExpect(jsonPath("$.total").value(42000.00))
                .andExpect(jsonPath("$.capped").value(false))
                .andExpect(jsonPath("$.steps[0]").value(containsString("6000.00")))
                .andExpect(jsonPath("$.steps").value(hasItem(containsString("合计：42000.00 元"))));
    }

    @Test
    void pre_2008_service_is_flagged_and_the_cap_applies_at_twelve_years() throws Exception {
        mvc.perform(post("/api/v1/tools/severance").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"averageMonthlyWage": 50000, "hireDate": "2000-01-01", "terminationDate": "2026-06-30",
                                 "type": "ECONOMIC_LAYOFF", "regionCode": "460200", "year": 2026}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capped").value(true))
                .andExpect(jsonPath("$.monthsCounted").value(12))
                .andExpect(jsonPath("$.warnings[0]").value(containsString("2008年1月1日前")));
    }

    @Test
    void bad_input_is_a_problem_naming_each_field() throws Exception {
        mvc.perform(post("/api/v1/tools/severance").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"averageMonthlyWage": "abc", "hireDate": "2020-13-01", "type": "FIRED", "regionCode": "110000"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field == 'averageMonthlyWage')].reason").value(hasItem(containsString("应为数字"))))
                .andExpect(jsonPath("$.violations[?(@.field == 'hireDate')].reason").value(hasItem(containsString("不是有效日期"))))
                .andExpect(jsonPath("$.violations[?(@.field == 'terminationDate')].reason").value(hasItem(containsString("请填写"))))
                .andExpect(jsonPath("$.violations[?(@.field == 'type')].reason").value(hasItem(containsString("FIRED"))));
    }

    @Test
    void an_unknown_area_is_refused_by_field() throws Exception {
        mvc.perform(post("/api/v1/tools/severance").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"averageMonthlyWage": 5000, "hireDate": "2020-01-01", "terminationDate": "2026-06-30",
                                 "type": "ECONOMIC_LAYOFF", "regionCode": "110000"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("regionCode"));
    }

    @Test
    void without_a_key_the_call_is_refused() throws Exception {
        mvc.perform(post("/api/v1/tools/severance").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_endpoint_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/tools/severance")))
                .andExpect(content().string(containsString("SeveranceQuote")));
    }
}
