package tongxing.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads one figure of the workbench (工作台) as a user sees it. */
public final class Workbench {

    private Workbench() {
    }

    public static long figure(MockMvc mvc, UserDetailsService users, String username, String key) throws Exception {
        String html = mvc.perform(get("/").with(Logins.as(users, username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("data-figure=\"" + Pattern.quote(key) + "\"[^>]*>\\s*<div[^>]*>([\\d,]+)</div>").matcher(html);
        assertThat(m.find()).as("figure %s on the workbench of %s", key, username).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
