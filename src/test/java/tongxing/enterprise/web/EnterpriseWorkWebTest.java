package tongxing.enterprise.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An enterprise's page in the registry says what programs 1, 6 and 7 hold on it, each within what the role may see. */
@TongxingTest
@AutoConfigureMockMvc
class EnterpriseWorkWebTest {

    private static final String USCC = "91460100MA5T00001L"; // the demo enterprise account's company

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @Test
    void theBureauSeesTheCoordinatorsTheKeyListAndTheLatestWageReturn() throws Exception {
        long id = jdbc.sql("SELECT id FROM enterprise WHERE uscc = :u").param("u", USCC).query(Long.class).single();
        Map<String, Object> latest = jdbc.sql("SELECT id, year, status FROM wage_survey_enterprise WHERE uscc = :u ORDER BY year DESC LIMIT 1")
                .param("u", USCC).query().singleRow();
        long covering = jdbc.sql("SELECT count(*) FROM coordinator_coverage WHERE uscc = :u").param("u", USCC).query(Long.class).single();
        String risk = jdbc.sql("SELECT risk_level FROM monitoring_key_enterprise WHERE uscc = :u AND listed").param("u", USCC)
                .query(String.class).optional().orElse(null);

        String page = page("haikou", "/enterprises/" + id);

        assertThat(line(page, "program.1")).contains(covering == 0 ? "尚无协调员覆盖" : covering + " 名协调员覆盖：");
        assertThat(line(page, "program.6")).contains(risk == null ? "未列入重点企业清单" : "重点企业清单：")
                .contains("href=\"/monitoring/enterprises/" + USCC + "\"");
        String status = switch ((String) latest.get("status")) {
            case "NOT_STARTED" -> "未填报";
            case "SUBMITTED" -> "已提交";
            case "VALIDATED" -> "已校验";
            case "RETURNED" -> "已退回";
            default -> "已验收";
        };
        assertThat(line(page, "program.7")).contains(latest.get("year") + " 年度薪酬调查：" + status)
                .contains("href=\"/wage/returns/" + latest.get("id") + "\"");
    }

    @Test
    void theEnterpriseItselfSeesItsWageReturnButNeitherCoordinatorsNorTheKeyList() throws Exception {
        String page = page("enterprise", "/enterprises/mine");
        assertThat(page).contains("data-program=\"program.7\"")
                .doesNotContain("data-program=\"program.6\"").doesNotContain("data-program=\"program.1\"");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(Logins.as(users, user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String line(String page, String program) {
        int start = page.indexOf("data-program=\"" + program + "\"");
        assertThat(start).as(program + " line").isPositive();
        return page.substring(start, page.indexOf("</li>", start));
    }
}
