package tongxing.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSRF, security headers and the session timeout of the web chain. */
@TongxingTest
@AutoConfigureMockMvc
class WebSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountStore users;
    @Autowired
    Environment environment;

    @Test
    void a_post_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/users").with(Logins.as(users, "admin"))
                        .param("username", "csrfvictim").param("displayName", "x").param("role", "CITY_STAFF")
                        .param("regionCode", "460100"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(Logins.as(users, "haikou"))
                        .param("currentPassword", "Tongxing@2026").param("newPassword", "Hijack@2026").param("confirmPassword", "Hijack@2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(Logins.as(users, "haikou"))).andExpect(status().isForbidden());
    }

    @Test
    void a_post_with_a_wrong_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/users/1/disable").with(Logins.as(users, "admin")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        for (String page : new String[]{"/login", "/"}) {
            mvc.perform(get(page).with(Logins.as(users, "haikou")))
                    .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Cache-Control", containsString("no-store")));
        }
    }

    @Test
    void the_session_times_out_after_thirty_minutes() {
        Duration timeout = Binder.get(environment).bind("server.servlet.session.timeout", Duration.class).get();
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
    }

    @Test
    void error_details_are_never_included_in_responses() {
        assertThat(environment.getProperty("server.error.include-stacktrace")).isEqualTo("never");
        assertThat(environment.getProperty("server.error.include-exception")).isEqualTo("false");
    }
}
