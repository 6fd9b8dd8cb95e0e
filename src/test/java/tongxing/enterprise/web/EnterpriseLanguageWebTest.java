package tongxing.enterprise.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

/** The enterprise form and detail page explain themselves in the language the user chose. */
@TongxingTest
@AutoConfigureMockMvc
class EnterpriseLanguageWebTest {

    private static final Cookie ENGLISH = new Cookie("TONGXING_LANG", "en");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;

    @Test
    void the_reasons_next_to_the_fields_are_english_for_an_english_user_and_chinese_otherwise() throws Exception {
        String valid = TestEnterprises.freshUscc("460100");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        mvc.perform(badForm(wrong).cookie(ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"uscc-error\"[^>]*>\\s*The check character of the unified social credit code is wrong\\s*<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"name-error\"[^>]*>\\s*The enterprise name is required\\s*<.*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"employees-error\"[^>]*>\\s*Employees must be a whole number \\(persons\\)\\s*<.*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"revenue-error\"[^>]*>\\s*Revenue must be a number \\(10,000 CNY\\)\\s*<.*")))
                .andExpect(content().string(containsString("The contact phone must be an 11-digit mobile number")))
                .andExpect(content().string(not(containsString("企业名称不能为空"))));

        mvc.perform(badForm(wrong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(matchesPattern("(?s).*id=\"uscc-error\"[^>]*>\\s*统一社会信用代码校验位错误\\s*<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"name-error\"[^>]*>\\s*企业名称不能为空\\s*<.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"employees-error\"[^>]*>\\s*从业人员应为整数（人）\\s*<.*")));
        assertThat(registry.find(Scope.province(), wrong)).isEmpty();
    }

    @Test
    void a_city_user_outside_their_region_and_a_stale_edit_are_told_in_english() throws Exception {
        Enterprise e = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("海口" + RegistryFixture.marker() + "语言有限公司"));

        mvc.perform(post("/enterprises/{id}", e.id()).with(as(users, "haikou")).with(csrf()).cookie(ENGLISH)
                        .param("version", Integer.toString(e.version() - 1))
                        .param("name", e.name()).param("regionCode", "460100").param("industryCode", "52")
                        .param("status", "ACTIVE"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("was changed by someone else since you opened it")));

        mvc.perform(post("/enterprises/{id}", e.id()).with(as(users, "haikou")).with(csrf()).cookie(ENGLISH)
                        .param("version", Integer.toString(e.version()))
                        .param("name", e.name()).param("regionCode", "460200").param("industryCode", "52")
                        .param("status", "ACTIVE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("You can only register or change enterprises of your own region")));
    }

    @Test
    void why_an_enterprise_has_no_size_class_is_said_in_the_language_of_the_page() throws Exception {
        Enterprise bank = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("海口" + RegistryFixture.marker() + "金融有限公司").inIndustry("66"));

        mvc.perform(get("/enterprises/{id}", bank.id()).with(as(users, "admin")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This industry is outside the statistical size classification of enterprises")));
        mvc.perform(get("/enterprises/{id}", bank.id()).with(as(users, "admin")))
                .andExpect(content().string(containsString("该行业不在统计上大中小微型企业划分范围内")));
    }

    @Test
    void the_import_page_explains_the_columns_in_the_language_of_the_page_while_the_headers_stay_chinese() throws Exception {
        mvc.perform(get("/imports/enterprise").with(as(users, "admin")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The full name on the business licence, at most 200 characters.")))
                .andExpect(content().string(containsString("企业名称")))
                .andExpect(content().string(not(containsString("营业执照上的全称"))));
        mvc.perform(get("/imports/enterprise").with(as(users, "admin")))
                .andExpect(content().string(containsString("营业执照上的全称，不超过200字。")));
    }

    /** No name, words for numbers, a phone that is none: every reason at once. */
    private MockHttpServletRequestBuilder badForm(String uscc) {
        return post("/enterprises").with(Logins.as(users, "haikou")).with(csrf())
                .param("uscc", uscc).param("name", "").param("regionCode", "460100").param("industryCode", "52")
                .param("employees", "二十").param("revenue", "八百").param("contactPhone", "12345")
                .param("status", "ACTIVE").param("version", "");
    }
}
