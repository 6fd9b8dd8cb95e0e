package tongxing.coordinator;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reasons of the coordinator program's forms come in the reader's language: Chinese by default, English on request. */
@TongxingTest
@AutoConfigureMockMvc
class CoordinatorLanguageWebTest {

    private static final Cookie ENGLISH = new Cookie("TONGXING_LANG", "en");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private MockHttpServletRequestBuilder badSession() {
        return post("/coordinators/exchange").with(Logins.as(users, "haikou")).with(csrf())
                .param("title", " ").param("heldOn", "2026/13/01").param("mode", "ONSITE").param("place", "会议室")
                .param("regionCode", "460100").param("topic", "主题");
    }

    @Test
    void an_english_reader_gets_the_exchange_form_reasons_in_english() throws Exception {
        mvc.perform(badSession().cookie(ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Title is required"),
                        containsString("The session date must be year-month-day, e.g. 2026-11-18"),
                        not(containsString("活动名称不能为空")), not(containsString("活动日期应为")))));
    }

    @Test
    void a_chinese_reader_gets_the_same_reasons_in_chinese() throws Exception {
        mvc.perform(badSession())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("活动名称不能为空"), containsString("活动日期应为“年-月-日”，如 2026-11-18"),
                        not(containsString("Title is required")))));
    }

    private MockHttpServletRequestBuilder namelessCoordinator() {
        return post("/coordinators").with(Logins.as(users, "haikou")).with(csrf())
                .param("name", " ").param("regionCode", "460100").param("workplaceType", "TOWNSHIP_STREET")
                .param("fullTime", "true").param("appointedOn", LocalDate.now().plusDays(3).toString());
    }

    @Test
    void the_coordinator_form_speaks_the_reader_s_language() throws Exception {
        mvc.perform(namelessCoordinator().cookie(ENGLISH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("Name is required"),
                        containsString("A grassroots post needs the name of the unit"),
                        containsString("Date appointed as coordinator cannot be later than today"),
                        not(containsString("姓名不能为空")))));
        mvc.perform(namelessCoordinator())
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("姓名不能为空"), containsString("基层岗位须填写所在单位名称"),
                        containsString("担任协调员日期不能晚于今天"), not(containsString("Name is required")))));
    }

    @Test
    void a_flash_error_of_the_session_page_is_in_the_reader_s_language() throws Exception {
        MvcResult created = mvc.perform(post("/coordinators/exchange").with(Logins.as(users, "haikou")).with(csrf())
                        .param("title", "语言测试交流会").param("heldOn", LocalDate.now().minusDays(1).toString()).param("mode", "ONSITE")
                        .param("place", "会议室").param("regionCode", "460100").param("topic", "主题"))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        MvcResult english = mvc.perform(multipart("/coordinators/exchange/{id}/materials", id).with(Logins.as(users, "haikou"))
                        .with(csrf()).cookie(ENGLISH))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(english.getFlashMap().get("exchangeErrors")).isEqualTo(List.of("Choose a file to upload"));
        MvcResult chinese = mvc.perform(multipart("/coordinators/exchange/{id}/materials", id).with(Logins.as(users, "haikou"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(chinese.getFlashMap().get("exchangeErrors")).isEqualTo(List.of("请选择要上传的文件"));
    }
}
