package tongxing.platform.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Five wrong passwords in a row lock an account for 15 minutes; every attempt is audited. */
@TongxingTest
@AutoConfigureMockMvc
class LoginLockoutTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RIGHT = "Right@Pass1";
    private static final String WRONG = "Wrong@Pass1";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private String username;

    @BeforeEach
    void anAccount() {
        username = "lockout" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100000;
        accounts.create(new NewAccount(username, "锁定测试", RIGHT, Role.CITY_STAFF, "460100", null, null, null, null, false));
    }

    private MvcResult login(String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
    }

    private void failFiveTimes() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password(WRONG))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
    }

    private long audited(String action) {
        return jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE username = :u AND action = :a")
                .param("u", username).param("a", action).query(Long.class).single();
    }

    @Test
    void four_wrong_passwords_do_not_lock_the_account() throws Exception {
        for (int i = 0; i < 4; i++) mvc.perform(formLogin("/login").user(username).password(WRONG)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(RIGHT)).andExpect(authenticated());
        assertThat(audited("ACCOUNT_LOCKED")).isZero();
    }

    @Test
    void the_fifth_wrong_password_locks_the_account_even_against_the_right_password() throws Exception {
        failFiveTimes();
        MvcResult sixth = mvc.perform(formLogin("/login").user(username).password(RIGHT))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();

        MockHttpSession session = (MockHttpSession) sixth.getRequest().getSession(false);
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("账号已锁定，请 15 分钟后再试")));

        OffsetDateTime lockedUntil = jdbc.sql("SELECT locked_until FROM platform_user WHERE username = :u")
                .param("u", username).query(OffsetDateTime.class).single();
        Duration left = Duration.between(Instant.now(), lockedUntil.toInstant());
        assertThat(left).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15).plusSeconds(5));

        assertThat(audited("LOGIN_FAILURE")).isEqualTo(6);
        assertThat(audited("ACCOUNT_LOCKED")).isGreaterThanOrEqualTo(1);
        assertThat(audited("LOGIN_SUCCESS")).isZero();
    }

    @Test
    void a_wrong_password_says_so_without_telling_whether_the_user_exists() throws Exception {
        MvcResult wrong = login(WRONG);
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) wrong.getRequest().getSession(false)))
                .andExpect(content().string(containsString("用户名或密码错误")));
        MvcResult unknown = mvc.perform(formLogin("/login").user("nobody-" + username).password(WRONG)).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) unknown.getRequest().getSession(false)))
                .andExpect(content().string(containsString("用户名或密码错误")));
    }

    @Test
    void the_lock_ends_after_fifteen_minutes() throws Exception {
        failFiveTimes();
        // Fifteen minutes pass (no sleeping: the lock's end is moved into the past).
        jdbc.sql("UPDATE platform_user SET locked_until = now() - interval '1 second' WHERE username = :u")
                .param("u", username).update();

        mvc.perform(formLogin("/login").user(username).password(RIGHT)).andExpect(authenticated().withUsername(username));

        assertThat(audited("LOGIN_SUCCESS")).isEqualTo(1);
        assertThat(audited("LOGIN_FAILURE")).isEqualTo(5);
        assertThat(audited("ACCOUNT_LOCKED")).isEqualTo(1);
        Integer failed = jdbc.sql("SELECT failed_attempts FROM platform_user WHERE username = :u")
                .param("u", username).query(Integer.class).single();
        assertThat(failed).as("a successful login starts the count again").isZero();
    }

    @Test
    void a_disabled_account_cannot_log_in() throws Exception {
        jdbc.sql("UPDATE platform_user SET enabled = false WHERE username = :u").param("u", username).update();
        MvcResult refused = mvc.perform(formLogin("/login").user(username).password(RIGHT)).andExpect(unauthenticated()).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) refused.getRequest().getSession(false)))
                .andExpect(content().string(containsString("账号已停用")));
    }

    @Test
    void attempts_while_locked_do_not_extend_the_lock() throws Exception {
        failFiveTimes();
        OffsetDateTime first = lockedUntil();
        mvc.perform(formLogin("/login").user(username).password(WRONG)).andExpect(unauthenticated());
        assertThat(lockedUntil()).isEqualTo(first);
    }

    @Test
    void after_a_lock_runs_out_one_wrong_password_does_not_lock_again() throws Exception {
        failFiveTimes();
        jdbc.sql("UPDATE platform_user SET locked_until = now() - interval '1 second' WHERE username = :u")
                .param("u", username).update();
        mvc.perform(formLogin("/login").user(username).password(WRONG)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(RIGHT)).andExpect(authenticated().withUsername(username));
    }

    private OffsetDateTime lockedUntil() {
        return jdbc.sql("SELECT locked_until FROM platform_user WHERE username = :u")
                .param("u", username).query(OffsetDateTime.class).single();
    }
}
