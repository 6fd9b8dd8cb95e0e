package tongxing.enterprise.web;

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
import static tongxing.support.TestEnterprises.anEnterprise;

/** The suggestions of the enterprise fields: by part of a name or a code, only within the user's scope. */
@TongxingTest
@AutoConfigureMockMvc
class EnterpriseLookupWebTest {

    static final String DEMO_ENTERPRISE = "91460100MA5T00001L";
    static final String OPTION = "<option value=\"" + DEMO_ENTERPRISE + "\">海南椰风食品有限公司 · 海口市</option>";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired tongxing.enterprise.EnterpriseRegistry registry;

    @Test
    void partOfANameOrOfACodeFindsTheEnterprise() throws Exception {
        assertThat(lookup("haikou", "椰风食品")).contains(OPTION);
        assertThat(lookup("haikou", "91460100MA5T0000")).contains(OPTION);
        assertThat(lookup("admin", "91460100ma5t00001l")).contains(OPTION);
    }

    @Test
    void anotherCitysEnterpriseIsNotOffered() throws Exception {
        assertThat(lookup("sanya", "椰风食品")).doesNotContain(DEMO_ENTERPRISE);
        assertThat(lookup("sanya", "91460100MA5T0000")).doesNotContain("<option");
    }

    @Test
    void oneCharacterOffersNothingAndAtMostTenAreOffered() throws Exception {
        assertThat(lookup("haikou", "椰")).doesNotContain("<option");
        String many = lookup("admin", "海南");
        assertThat(many.split("<option", -1).length - 1).isEqualTo(EnterpriseLookupController.MAX_SUGGESTIONS);
    }

    @Test
    void anEnterpriseNoLongerActiveSaysSoInItsSuggestion() throws Exception {
        String marker = RegistryFixture.marker();
        var closed = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + marker + "联想注销公司").withStatus("DEREGISTERED"));
        assertThat(lookup("haikou", marker + "联想")).contains("<option value=\"" + closed.uscc() + "\">海口" + marker
                + "联想注销公司 · 海口市 · 注销</option>");
    }

    @Test
    void aRoleWithoutTheRegistryIsRefused() throws Exception {
        mvc.perform(get("/enterprises/lookup").param("q", "椰风").with(as(users, "mediator"))).andExpect(status().isForbidden());
    }

    private String lookup(String user, String q) throws Exception {
        return mvc.perform(get("/enterprises/lookup").param("q", q).with(as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
