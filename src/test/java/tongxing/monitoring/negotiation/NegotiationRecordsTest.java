package tongxing.monitoring.negotiation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class NegotiationRecordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EnterpriseRegistry registry;

    @Test
    void city_staff_record_a_negotiation_with_an_attachment_and_other_regions_cannot_see_it() throws Exception {
        Enterprise e = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口协商测试酒店").build(), "TEST");
        String location = mvc.perform(multipart("/monitoring/negotiations")
                        .file(new MockMultipartFile("file", "协议.pdf", "application/pdf", "%PDF-1.4 test".getBytes()))
                        .param("uscc", e.uscc()).param("heldOn", "2026-10-15").param("parties", "企业方、工会")
                        .param("subjects", "WAGES", "WORK_ARRANGEMENT").param("agreement", "三个月内轮岗轮休，工资不低于最低工资标准，不裁员")
                        .param("workersCovered", "180").with(csrf()).with(Logins.as(users, "haikou")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(Logins.as(users, "haikou"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("轮岗轮休"))).andExpect(content().string(containsString("工作方式")));
        mvc.perform(get(location + "/attachment").with(Logins.as(users, "haikou"))).andExpect(status().isOk());
        mvc.perform(get(location).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get(location).with(Logins.as(users, "enterprise"))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/negotiations?subject=WORK_ARRANGEMENT&q=" + e.uscc()).with(Logins.as(users, "haikou")))
                .andExpect(content().string(containsString("海口协商测试酒店")));
        mvc.perform(get("/monitoring/negotiations").with(Logins.as(users, "sanya")))
                .andExpect(content().string(not(containsString("海口协商测试酒店"))));
        mvc.perform(get("/monitoring/negotiations/export").with(Logins.as(users, "haikou"))).andExpect(status().isOk());
    }

    @Test
    void bad_input_names_the_fields_and_keeps_what_was_typed() throws Exception {
        mvc.perform(multipart("/monitoring/negotiations").param("uscc", "91460100MA5T00001L").param("heldOn", "2026-99-01")
                        .param("parties", "企业方、工会").param("workersCovered", "many").with(csrf()).with(Logins.as(users, "haikou")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不是有效日期")))
                .andExpect(content().string(containsString("应为整数")))
                .andExpect(content().string(containsString("企业方、工会")));
    }
}
