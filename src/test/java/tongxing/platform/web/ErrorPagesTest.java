package tongxing.platform.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import tongxing.TongxingTest;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.support.Logins;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** No request shows a stack trace: every failure is a page in Chinese inside the layout. */
@TongxingTest
@AutoConfigureMockMvc
class ErrorPagesTest {

    /** Controller methods that fail the ways real ones do, so that each page can be seen in full. */
    @Controller
    static class FailingController {

        @GetMapping("/test-failures/crash")
        String crash() {
            throw new IllegalStateException("boom at tongxing.secret.Internals (password=hunter2)");
        }

        @GetMapping("/test-failures/invalid")
        String invalid() {
            throw new ValidationException("uscc", "统一社会信用代码校验位错误");
        }

        @GetMapping("/test-failures/denied")
        String denied() {
            throw new AccessDeniedException("no");
        }

        @GetMapping("/public/test-failures/denied")
        String publicDenied() {
            throw new AccessDeniedException("log in first");
        }

        @GetMapping("/test-failures/missing")
        String missing() {
            throw new NotFoundException();
        }

        @GetMapping("/test-failures/stale")
        String stale() {
            throw new OptimisticLockException("企业“测试”");
        }

        @GetMapping("/api/test-failures/crash")
        String apiCrash() {
            throw new IllegalStateException("boom at tongxing.secret.Internals");
        }
    }

    @TestConfiguration
    static class Failures {
        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private static ResultMatcher noInternals() {
        return content().string(allOf(not(containsString("Exception")), not(containsString("at tongxing.")),
                not(containsString("tongxing.secret")), not(containsString("hunter2")), not(containsString("Whitelabel"))));
    }

    @Test
    void an_unknown_url_gives_the_chinese_404_page() throws Exception {
        mvc.perform(get("/no-such-page/at-all").with(Logins.as(users, "haikou")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("页面不存在")))
                .andExpect(content().string(containsString("您要找的页面或记录不存在")))
                .andExpect(content().string(containsString("id=\"main-menu\"")))
                .andExpect(noInternals());
    }

    @Test
    void a_record_outside_the_scope_gives_the_404_page() throws Exception {
        mvc.perform(get("/test-failures/missing").with(Logins.as(users, "sanya")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("您要找的页面或记录不存在")))
                .andExpect(noInternals());
    }

    @Test
    void a_failure_gives_the_500_page_with_an_error_id() throws Exception {
        mvc.perform(get("/test-failures/crash").with(Logins.as(users, "haikou")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("系统处理请求时出错，已记录")))
                .andExpect(content().string(matchesPattern("(?s).*错误编号：.*<code[^>]*>[0-9A-F]{8}</code>.*")))
                .andExpect(noInternals());
    }

    @Test
    void unhandled_bad_input_gives_the_400_page_with_the_reasons() throws Exception {
        mvc.perform(get("/test-failures/invalid").with(Logins.as(users, "haikou")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("统一社会信用代码校验位错误")))
                .andExpect(content().string(containsString("本次提交的内容没有保存")))
                .andExpect(noInternals());
    }

    @Test
    void a_path_variable_of_the_wrong_type_gives_the_400_page() throws Exception {
        mvc.perform(get("/admin/users/not-a-number").with(Logins.as(users, "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请求内容有误")))
                .andExpect(noInternals());
    }

    @Test
    void access_denied_in_a_controller_gives_the_403_page() throws Exception {
        mvc.perform(get("/test-failures/denied").with(Logins.as(users, "haikou")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您没有权限执行此操作")))
                .andExpect(noInternals());
    }

    @Test
    void access_denied_to_somebody_not_logged_in_leads_to_the_login_page() throws Exception {
        mvc.perform(get("/public/test-failures/denied"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    @Test
    void a_stale_record_gives_the_409_page() throws Exception {
        mvc.perform(get("/test-failures/stale").with(Logins.as(users, "haikou")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(noInternals());
    }

    @Test
    void a_wrong_method_keeps_its_status_with_a_chinese_page() throws Exception {
        mvc.perform(post("/tools/severance/no").with(Logins.as(users, "haikou"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(noInternals());
        mvc.perform(post("/admin/audit").with(Logins.as(users, "admin"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(containsString("不支持此种请求方式")))
                .andExpect(noInternals());
    }

    @Test
    void api_paths_get_a_problem_instead_of_a_page() throws Exception {
        mvc.perform(get("/api/test-failures/crash").with(Logins.as(users, "haikou")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.errorId").isString())
                .andExpect(noInternals());
    }

    @Test
    void the_container_error_pages_have_no_internals_either() throws Exception {
        // What Tomcat forwards to /error when a filter fails or a status is sent without a body.
        for (int code : new int[]{403, 404, 500}) {
            mvc.perform(get("/error").with(Logins.as(users, "haikou"))
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
                            .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("at tongxing.secret"))
                            .accept("text/html"))
                    .andExpect(status().is(code))
                    .andExpect(content().string(containsString("返回工作台")))
                    .andExpect(noInternals());
        }
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("at tongxing.secret"))
                        .accept("text/html"))
                .andExpect(content().string(matchesPattern("(?s).*错误编号：.*<code[^>]*>[0-9A-F]{8}</code>.*")));
    }
}
