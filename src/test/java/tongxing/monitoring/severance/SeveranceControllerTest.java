package tongxing.monitoring.severance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TongxingTest
@AutoConfigureMockMvc
class SeveranceControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void an_enterprise_user_computes_a_layoff_with_the_province_average_from_the_database() throws Exception {
        // Terminated in 2024: the 2023 province average 114,572 applies (V1 wage parameters); cap = 28,643.00 × 3 ...
        mvc.perform(post("/tools/severance").with(Logins.as(users, "enterprise")).with(csrf())
                        .param("type", "ECONOMIC_LAYOFF").param("regionCode", "460100")
                        .param("averageMonthlyWage", "6000").param("hireDate", "2021-03-01").param("terminationDate", "2024-02-29"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("18,000.00 元"), containsString("114572"))));
    }

    @Test
    void a_termination_before_the_hire_date_is_refused_next_to_the_field() throws Exception {
        mvc.perform(post("/tools/severance").with(Logins.as(users, "haikou")).with(csrf())
                        .param("type", "ECONOMIC_LAYOFF").param("regionCode", "460100")
                        .param("averageMonthlyWage", "6000").param("hireDate", "2024-03-01").param("terminationDate", "2024-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("解除或终止日期不能早于入职日期")));
    }
}
