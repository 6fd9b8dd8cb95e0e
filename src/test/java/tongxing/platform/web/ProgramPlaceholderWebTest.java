package tongxing.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;

/** The page of a program not built yet: shown only to the roles whose menu has it, with what already works. */
@TongxingTest
@AutoConfigureMockMvc
class ProgramPlaceholderWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void staffFindTheGoldSelectionOfOrganizationsFromTheirPrograms() throws Exception {
        for (String program : new String[]{"socialorg", "mediation"}) {
            String page = page("haikou", program);
            assertThat(page).contains("功能建设中", "<title>金牌", "id=\"available-parts\"", "href=\"/selection/campaigns\"",
                    "href=\"/selection/candidate-orgs\"").doesNotContain("??");
        }
        assertThat(page("haikou", "socialorg")).contains("金牌协调劳动关系社会组织");
        assertThat(page("haikou", "mediation")).contains("金牌劳动人事争议调解组织");
    }

    @Test
    void aRoleWithoutTheSelectionSeesNoLinkToIt() throws Exception {
        assertThat(page("mediator", "mediation")).contains("功能建设中").doesNotContain("available-parts", "/selection/");
    }

    @Test
    void programsWithNothingBuiltListNothing() throws Exception {
        assertThat(page("haikou", "cultivation")).contains("功能建设中").doesNotContain("available-parts");
    }

    @Test
    void aProgramOutsideTheRolesMenuIsNotFound() throws Exception {
        mvc.perform(get("/programs/socialorg").with(as(users, "expert"))).andExpect(status().isNotFound());
    }

    private String page(String user, String program) throws Exception {
        return mvc.perform(get("/programs/" + program).with(as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
