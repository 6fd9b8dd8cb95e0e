package tongxing.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A user opened by the administrator can do nothing before replacing the initial password. */
@TongxingTest
@AutoConfigureMockMvc
class ForcedPasswordChangeTest {

    private static final String INITIAL = "Initial@2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountStore users;

    private String adminCreatesAUser() throws Exception {
        String username = "forced" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/users").with(Logins.as(users, "admin")).with(csrf())
                        .param("username", username).param("displayName", "首次登录测试").param("role", "CITY_STAFF")
                        .param("regionCode", "460200").param("initialPassword", INITIAL))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    private MockHttpSession logIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    @Test
    void every_page_leads_to_the_password_form_until_the_password_is_changed() throws Exception {
        String username = adminCreatesAUser();
        MockHttpSession session = logIn(username, INITIAL);

        for (String page : new String[]{"/", "/enterprises", "/tools/severance", "/programs/wage", "/no-such-page"}) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("首次登录或密码被重置后，须先修改密码才能继续使用")));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", INITIAL).param("newPassword", "Changed@2026").param("confirmPassword", "Changed@2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        logIn(username, "Changed@2026");
    }

    @Test
    void a_weak_new_password_is_refused_with_the_reason() throws Exception {
        String username = adminCreatesAUser();
        MockHttpSession session = logIn(username, INITIAL);

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", INITIAL).param("newPassword", "short1A").param("confirmPassword", "short1A"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新密码至少需要 8 位")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", INITIAL).param("newPassword", "alllowercase1").param("confirmPassword", "alllowercase1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新密码须包含大写字母、小写字母、数字、符号中的至少 3 类")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }
}
