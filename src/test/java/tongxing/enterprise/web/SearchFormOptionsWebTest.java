package tongxing.enterprise.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;

/** The search form's options are written once and reused: the chosen ones must still show as chosen. */
@TongxingTest
@AutoConfigureMockMvc
class SearchFormOptionsWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void the_chosen_filter_values_stay_selected_and_the_others_do_not() throws Exception {
        mvc.perform(get("/enterprises").param("region", "460200").param("section", "F").param("division", "52")
                        .param("size", "SMALL_MICRO").param("ownership", "150").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"460200\" selected=\"selected\">三亚市</option>")))
                .andExpect(content().string(containsString("<option value=\"F\" selected=\"selected\">F 批发和零售业</option>")))
                .andExpect(content().string(containsString("<option value=\"52\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"SMALL_MICRO\" selected=\"selected\">小微型（合计）</option>")))
                .andExpect(content().string(containsString("<option value=\"150\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"460100\">海口市</option>")))
                .andExpect(content().string(not(containsString("<option value=\"61\""))));
        mvc.perform(get("/enterprises").with(as(users, "admin")))
                .andExpect(content().string(not(containsString("selected=\"selected\""))))
                .andExpect(content().string(containsString("<optgroup label=\"H 住宿和餐饮业\">")))
                .andExpect(content().string(containsString("<option value=\"61\">61 住宿业</option>")));
    }

    @Test
    void a_changed_section_offers_its_own_divisions_and_the_labels_follow_the_language() throws Exception {
        mvc.perform(get("/enterprises/divisions").param("section", "H").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"61\">61 住宿业</option>")))
                .andExpect(content().string(not(containsString("<option value=\"52\""))));
        mvc.perform(get("/enterprises/divisions").param("section", "Z").with(as(users, "admin")))
                .andExpect(content().string(not(containsString("<optgroup"))));
        mvc.perform(get("/enterprises").param("lang", "en").with(as(users, "admin")))
                .andExpect(content().string(not(containsString("<option value=\"\">全部</option>"))));
    }
}
