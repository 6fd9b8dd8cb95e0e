package tongxing.enterprise.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class EnterpriseFormWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void a_wrong_check_character_is_shown_next_to_the_code_and_nothing_is_saved() throws Exception {
        String valid = TestEnterprises.freshUscc("460100");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String name = "海口" + RegistryFixture.marker() + "校验位错误有限公司";

        String html = mvc.perform(createForm("haikou", wrong, name))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(matchesPattern("(?s).*id=\"uscc-error\"[^>]*>\\s*统一社会信用代码校验位错误\\s*<.*")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"" + name + "\"", "value=\"" + wrong + "\"", "value=\"13800138000\"");
        assertThat(jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc IN (:a, :b) OR name = :name")
                .param("a", wrong).param("b", valid).param("name", name).query(Long.class).single()).isZero();
    }

    @Test
    void every_problem_is_shown_at_once_and_every_typed_value_is_kept() throws Exception {
        String uscc = TestEnterprises.freshUscc("460100");

        String html = mvc.perform(createForm("haikou", uscc, "", "employees", "二十", "revenue", "八百",
                        "contactPhone", "12345"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(matchesPattern("(?s).*id=\"name-error\"[^>]*>\\s*企业名称不能为空\\s*<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"employees-error\"[^>]*>\\s*从业人员应为整数（人）\\s*<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"revenue-error\"[^>]*>\\s*营业收入应为数字（万元）\\s*<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"contactPhone-error\"[^>]*>.*联系电话应为11位手机号.*")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"二十\"", "value=\"八百\"", "value=\"12345\"", "value=\"" + uscc + "\"",
                "value=\"海口市测试路 1 号\"", "value=\"2019-06-01\"");
        assertThat(registry.find(Scope.province(), uscc)).isEmpty();
    }

    @Test
    void a_province_user_creates_an_enterprise_and_its_size_class_is_computed() throws Exception {
        String uscc = TestEnterprises.freshUscc("460200");
        String name = "三亚" + RegistryFixture.marker() + "湾度假酒店有限公司";

        MvcResult result = mvc.perform(createForm("admin", uscc, name, "regionCode", "460200",
                        "industryCode", "61", "employees", "350", "revenue", "12,000", "tags", "旅游业，自贸港重点园区"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        Enterprise saved = registry.find(Scope.province(), uscc).orElseThrow();
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.sizeClass()).isEqualTo(SizeClass.LARGE);   // 住宿业: ≥300 人 and ≥10000 万元
        assertThat(saved.tags()).containsExactly("旅游业", "自贸港重点园区");
        assertThat(saved.source()).isEqualTo("MANUAL");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/enterprises/" + saved.id());
        mvc.perform(get("/enterprises/{id}", saved.id()).with(as(users, "admin")))
                .andExpect(content().string(containsString("大型")));
    }

    @Test
    void a_city_user_cannot_register_an_enterprise_in_another_city() throws Exception {
        String uscc = TestEnterprises.freshUscc("460100");
        mvc.perform(createForm("sanya", uscc, "三亚人登记的海口" + RegistryFixture.marker() + "公司", "regionCode", "460100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(matchesPattern("(?s).*id=\"regionCode-error\"[^>]*>\\s*您只能登记或修改本辖区的企业\\s*<.*")));
        assertThat(registry.find(Scope.province(), uscc)).isEmpty();
    }

    @Test
    void the_new_form_offers_a_city_user_only_their_own_region() throws Exception {
        mvc.perform(get("/enterprises/new").with(as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三亚市")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("海口市</option>"))));
    }

    @Test
    void editing_a_stale_version_shows_the_optimistic_lock_message_and_keeps_the_newer_data() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("海口" + RegistryFixture.marker() + "贸易有限公司"));
        Logins.runAs(users, "admin");
        Enterprise changed;
        try {
            changed = registry.update(Scope.province(), e.id(), e.version(), withName(e, e.name() + "（他人已改）"));
        } finally {
            Logins.clear();
        }

        mvc.perform(post("/enterprises/{id}", e.id()).with(as(users, "haikou")).with(csrf())
                        .param("version", Integer.toString(e.version()))
                        .param("name", "我以为还是旧版本").param("regionCode", "460100").param("industryCode", "52")
                        .param("status", "ACTIVE"))
                .andExpect(status().isConflict())
                .andExpect(content().string(matchesPattern("(?s).*id=\"lock-error\".*已被他人修改，请刷新后重新编辑.*")))
                .andExpect(content().string(containsString("value=\"我以为还是旧版本\"")));

        assertThat(registry.findById(Scope.province(), e.id()).orElseThrow().name()).isEqualTo(changed.name());
    }

    @Test
    void editing_the_current_version_saves_and_the_code_stays_what_it_was() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("海口" + RegistryFixture.marker() + "餐饮管理有限公司").inIndustry("62"));

        mvc.perform(post("/enterprises/{id}", e.id()).with(as(users, "haikou")).with(csrf())
                        .param("version", Integer.toString(e.version()))
                        .param("uscc", TestEnterprises.freshUscc("460100"))
                        .param("name", e.name() + "（更名）").param("regionCode", "460100").param("industryCode", "62")
                        .param("employees", "150").param("revenue", "3000").param("status", "ACTIVE"))
                .andExpect(status().is3xxRedirection());

        Enterprise after = registry.findById(Scope.province(), e.id()).orElseThrow();
        assertThat(after.uscc()).isEqualTo(e.uscc());
        assertThat(after.name()).isEqualTo(e.name() + "（更名）");
        assertThat(after.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(after.version()).isEqualTo(e.version() + 1);
    }

    /** A complete, valid form; each pair of {@code changes} replaces (or adds) one field. */
    private MockHttpServletRequestBuilder createForm(String username, String uscc, String name, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("uscc", uscc);
        fields.put("name", name);
        fields.put("regionCode", "460100");
        fields.put("industryCode", "52");
        fields.put("ownershipCode", "159");
        fields.put("employees", "30");
        fields.put("revenue", "800");
        fields.put("assets", "500");
        fields.put("contactPhone", "13800138000");
        fields.put("address", "海口市测试路 1 号");
        fields.put("establishedOn", "2019-06-01");
        fields.put("status", "ACTIVE");
        fields.put("version", "");
        for (int i = 0; i < changes.length; i += 2) fields.put(changes[i], changes[i + 1]);
        MockHttpServletRequestBuilder request = post("/enterprises").with(as(users, username)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static tongxing.enterprise.EnterpriseData withName(Enterprise e, String name) {
        var d = e.data();
        return new tongxing.enterprise.EnterpriseData(d.uscc(), name, d.regionCode(), d.industryCode(), d.ownershipCode(),
                d.employees(), d.revenue(), d.assets(), d.legalRepresentative(), d.contactPerson(), d.contactPhone(),
                d.address(), d.establishedOn(), d.status(), d.tags());
    }
}
