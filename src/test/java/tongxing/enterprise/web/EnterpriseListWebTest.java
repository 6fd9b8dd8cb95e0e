package tongxing.enterprise.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class EnterpriseListWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;

    @Test
    void the_list_is_in_chinese_by_default_and_in_english_with_lang_en() throws Exception {
        mvc.perform(get("/enterprises").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>企业库 - 同行</title>")))
                .andExpect(content().string(containsString("统一社会信用代码")))
                .andExpect(content().string(containsString("所属市县")))
                .andExpect(content().string(containsString("登记注册类型")))
                .andExpect(content().string(containsString("更新时间")));
        mvc.perform(get("/enterprises").param("lang", "en").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enterprise registry")))
                .andExpect(content().string(containsString("Unified social credit code")))
                .andExpect(content().string(not(containsString("统一社会信用代码"))));
    }

    @Test
    void the_pager_links_the_next_page_and_loads_it_into_the_results() throws Exception {
        mvc.perform(get("/enterprises").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pagination\"")))
                .andExpect(content().string(containsString("rel=\"next\" href=\"/enterprises?page=2\"")))
                .andExpect(content().string(containsString("hx-target=\"#enterprise-results\"")))
                .andExpect(content().string(containsString(">下一页</a>")))
                .andExpect(content().string(containsString("aria-current=\"page\">1</a>")))
                .andExpect(content().string(containsString("<span class=\"page-link\" aria-hidden=\"true\">…</span>")));
    }

    @Test
    void the_table_shows_names_for_codes_and_links_to_view_and_edit() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460200")
                .named("三亚" + RegistryFixture.marker() + "列表有限公司").inIndustry("61").withOwnership("330")
                .withEmployees(12).withRevenue("150"));

        mvc.perform(get("/enterprises").param("uscc", e.uscc()).with(as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(e.name())))
                .andExpect(content().string(containsString("三亚市")))
                .andExpect(content().string(containsString("住宿业")))
                .andExpect(content().string(containsString("外资企业")))
                .andExpect(content().string(containsString("小型")))
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("href=\"/enterprises/" + e.id() + "\"")))
                .andExpect(content().string(containsString("href=\"/enterprises/" + e.id() + "/edit\"")));
    }

    @Test
    void htmx_gets_only_the_results_and_the_page_without_htmx_is_whole() throws Exception {
        String marker = RegistryFixture.marker();
        RegistryFixture.register(registry, users, anEnterprise().inRegion("460100").named("海口" + marker + "有限公司"));

        mvc.perform(get("/enterprises").param("name", marker).header("HX-Request", "true").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("<div id=\"enterprise-results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("海口" + marker + "有限公司")))
                .andExpect(content().string(containsString(
                        "href=\"/enterprises/export?name=" + URLEncoder.encode(marker, StandardCharsets.UTF_8) + "\"")));
        mvc.perform(get("/enterprises").param("name", marker).with(as(users, "admin")))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"enterprise-search\"")))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")))
                .andExpect(content().string(containsString("value=\"" + marker + "\"")));
    }

    @Test
    void paging_links_keep_the_filter_and_the_count_is_exact() throws Exception {
        String marker = RegistryFixture.marker();
        for (int i = 0; i < 23; i++) {
            RegistryFixture.register(registry, users, anEnterprise().inRegion("460100").named("海口" + marker + "分页" + i + "号公司"));
        }
        String encoded = URLEncoder.encode(marker, StandardCharsets.UTF_8);

        mvc.perform(get("/enterprises").param("name", marker).with(as(users, "haikou")))
                .andExpect(content().string(containsString("共 23 条")))
                .andExpect(content().string(containsString("第 1–20 条")))
                .andExpect(content().string(containsString("海口" + marker + "分页22号公司")))
                .andExpect(content().string(not(containsString("海口" + marker + "分页2号公司"))))
                .andExpect(content().string(containsString("href=\"/enterprises?name=" + encoded + "&amp;page=2\"")));
        mvc.perform(get("/enterprises").param("name", marker).param("page", "2").with(as(users, "haikou")))
                .andExpect(content().string(containsString("第 21–23 条")))
                .andExpect(content().string(containsString("海口" + marker + "分页0号公司")))
                .andExpect(content().string(not(containsString("海口" + marker + "分页22号公司"))));
    }

    @Test
    void the_status_filter_is_bound_from_the_request_kept_in_the_form_and_in_the_paging_links() throws Exception {
        String marker = RegistryFixture.marker();
        RegistryFixture.register(registry, users, anEnterprise().inRegion("460100").named("海口" + marker + "在营公司"));
        RegistryFixture.register(registry, users, anEnterprise().inRegion("460100").named("海口" + marker + "已注销公司")
                .withStatus("DEREGISTERED"));

        mvc.perform(get("/enterprises").param("name", marker).param("status", "DEREGISTERED").with(as(users, "haikou")))
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("海口" + marker + "已注销公司")))
                .andExpect(content().string(not(containsString("海口" + marker + "在营公司"))))
                .andExpect(content().string(containsString("<option value=\"DEREGISTERED\" selected=\"selected\">注销</option>")))
                .andExpect(content().string(containsString("/enterprises/export?name=" + URLEncoder.encode(marker, StandardCharsets.UTF_8)
                        + "&amp;status=DEREGISTERED")));
        mvc.perform(get("/enterprises").param("name", marker).param("status", "ACTIVE").with(as(users, "haikou")))
                .andExpect(content().string(containsString("共 1 条")))
                .andExpect(content().string(containsString("海口" + marker + "在营公司")));
    }

    @Test
    void only_province_users_pick_a_region() throws Exception {
        mvc.perform(get("/enterprises").with(as(users, "admin")))
                .andExpect(content().string(containsString("id=\"f-region\"")));
        mvc.perform(get("/enterprises").with(as(users, "sanya")))
                .andExpect(content().string(not(containsString("id=\"f-region\""))));
    }

    @Test
    void the_division_select_follows_the_section() throws Exception {
        mvc.perform(get("/enterprises/divisions").param("section", "H").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"61\"")))
                .andExpect(content().string(containsString("value=\"62\"")))
                .andExpect(content().string(not(containsString("value=\"52\""))));
        mvc.perform(get("/enterprises").param("section", "F").with(as(users, "admin")))
                .andExpect(content().string(containsString("value=\"52\"")))
                .andExpect(content().string(not(containsString("<option value=\"61\""))));
    }

    @Test
    void a_nonsense_page_number_is_read_as_the_first_page() throws Exception {
        mvc.perform(get("/enterprises").param("page", "abc").with(as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/enterprises").param("page", "-5").with(as(users, "admin"))).andExpect(status().isOk());
    }
}
