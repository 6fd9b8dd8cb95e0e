package tongxing.platform.i18n;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reasons put together by the platform reach the user in the language chosen (cookie TONGXING_LANG). */
@TongxingTest
@AutoConfigureMockMvc
class PlatformLanguageWebTest {

    private static final Cookie ENGLISH = new Cookie("TONGXING_LANG", "en");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void a_wrong_enterprise_code_on_the_user_form_is_explained_in_the_language_of_the_user() throws Exception {
        mvc.perform(enterpriseAccount().cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The check character of the unified social credit code is wrong")))
                .andExpect(content().string(not(containsString("统一社会信用代码校验位错误"))));
        mvc.perform(enterpriseAccount())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误")));
    }

    @Test
    void an_api_call_without_a_key_is_refused_in_the_language_of_the_caller() throws Exception {
        mvc.perform(post("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).content("[]").cookie(ENGLISH))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.detail").value("Missing or invalid X-Api-Key header"));
        mvc.perform(post("/api/v1/enterprises").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未认证"))
                .andExpect(jsonPath("$.detail").value("缺少或无效的 X-Api-Key"));
    }

    private MockHttpServletRequestBuilder enterpriseAccount() {
        return post("/admin/users").with(Logins.as(users, "admin")).with(csrf())
                .param("username", "lang" + System.nanoTime() % 1_000_000).param("displayName", "Language")
                .param("role", "ENTERPRISE").param("regionCode", "460100").param("enterpriseUscc", "91460100MA5T00001M")
                .param("initialPassword", "Initial@2026");
    }
}
