package tongxing.platform.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every administration page in both languages, with no message key left untranslated. */
@TongxingTest
@AutoConfigureMockMvc
class AdminPagesLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void every_admin_page_is_fully_translated(String lang) throws Exception {
        long admin = jdbc.sql("SELECT id FROM platform_user WHERE username = 'admin'").query(Long.class).single();
        long entry = jdbc.sql("SELECT max(id) FROM platform_audit_log").query(Long.class).single();
        List<String> pages = List.of("/admin/users", "/admin/users/new", "/admin/users/" + admin, "/admin/api-keys",
                "/admin/audit", "/admin/audit/" + entry, "/admin/users?status=LOCKED", "/no-such-page");
        for (String page : pages) {
            String html = mvc.perform(get(page).param("lang", lang).with(Logins.as(users, "admin")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(page + " in " + lang).doesNotContain("??").isNotBlank();
        }
        String english = mvc.perform(get("/admin/users").param("lang", "en").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        if (lang.equals("en")) assertThat(english).contains("New user").contains("User name");
    }
}
