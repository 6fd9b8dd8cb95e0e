package tongxing.platform.admin.users;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tongxing.TongxingTest;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 用户管理 through the screens, as the provincial office uses it. */
@TongxingTest
@AutoConfigureMockMvc
class UserAdministrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "Initial@2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private static String newUsername() {
        return "adm" + SEQ.incrementAndGet() + "u" + System.nanoTime() % 100000;
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(Logins.as(users, "admin")).with(csrf());
    }

    private MvcResult create(String username, String... more) throws Exception {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("username", username, "displayName", "测试用户",
                "role", "CITY_STAFF", "regionCode", "460200", "phone", "13812345678", "email", "test@example.cn",
                "initialPassword", PASSWORD));
        for (int i = 0; i < more.length; i += 2) fields.put(more[i], more[i + 1]);
        MockHttpServletRequestBuilder request = asAdmin(post("/admin/users"));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn();
    }

    private long idOf(String username) {
        return jdbc.sql("SELECT id FROM platform_user WHERE username = :u").param("u", username).query(Long.class).single();
    }

    private Map<String, Object> lastAudit(String action, long userId) {
        return jdbc.sql("""
                        SELECT username, summary, before_data::text AS before, after_data::text AS after FROM platform_audit_log
                        WHERE action = :a AND entity_type = 'user' AND entity_id = :id ORDER BY id DESC LIMIT 1""")
                .param("a", action).param("id", String.valueOf(userId)).query().singleRow();
    }

    @Test
    void only_province_administrators_reach_user_management() throws Exception {
        for (String user : List.of("haikou", "union", "expert", "enterprise")) {
            mvc.perform(get("/admin/users").with(Logins.as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/export").with(Logins.as(users, user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/users").with(Logins.as(users, "haikou")).with(csrf()).param("username", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(Logins.as(users, "admin"))).andExpect(status().isOk());
    }

    @Test
    void the_service_refuses_other_roles_even_without_the_web_chain() {
        Logins.runAs(users, "haikou");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tongxing.platform.admin.AdminAccess.require())
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            Logins.clear();
        }
    }

    @Test
    void the_admin_creates_a_user_who_must_change_the_initial_password() throws Exception {
        String username = newUsername();
        MvcResult result = create(username);
        long id = idOf(username);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id);

        Map<String, Object> row = jdbc.sql("""
                        SELECT role, region_code, must_change_password, phone_enc, password_hash FROM platform_user WHERE id = :id""")
                .param("id", id).query().singleRow();
        assertThat(row.get("role")).isEqualTo("CITY_STAFF");
        assertThat(row.get("region_code")).isEqualTo("460200");
        assertThat(row.get("must_change_password")).isEqualTo(true);
        assertThat((String) row.get("phone_enc")).startsWith("v1:").doesNotContain("13812345678");

        Map<String, Object> audit = lastAudit("USER_CREATED", id);
        assertThat(audit.get("username")).isEqualTo("admin");
        assertThat((String) audit.get("after")).contains(username).contains("CITY_STAFF").contains("138****5678")
                .doesNotContain(PASSWORD).doesNotContain((String) row.get("password_hash")).doesNotContain("password_hash")
                .doesNotContain("13812345678");

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void an_empty_initial_password_is_generated_and_shown_once() throws Exception {
        String username = newUsername();
        MvcResult result = create(username, "initialPassword", "");
        String generated = (String) result.getFlashMap().get("initialPassword");
        assertThat(generated).hasSize(12);
        assertThat(tongxing.platform.security.PasswordPolicy.violation(generated)).isEmpty();

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(Logins.as(users, "admin")).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString(generated)))
                .andExpect(content().string(containsString("此密码只显示这一次")));
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(Logins.as(users, "admin")))
                .andExpect(content().string(not(containsString(generated))));
        mvc.perform(formLogin("/login").user(username).password(generated)).andExpect(authenticated());
    }

    @Test
    void bad_input_comes_back_with_chinese_reasons_next_to_the_fields_and_keeps_the_values() throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "a").param("displayName", "保留的姓名").param("role", "ENTERPRISE")
                        .param("regionCode", "460000").param("enterpriseUscc", "91460100MA5T00001M")
                        .param("phone", "12345").param("email", "not-an-email").param("initialPassword", "abc12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名须为 3–50 位字母、数字或 . _ - @")))
                .andExpect(content().string(containsString("该角色须选择一个市县作为所属地区")))
                .andExpect(content().string(containsString("统一社会信用代码校验位错误")))
                .andExpect(content().string(containsString("手机号格式不正确")))
                .andExpect(content().string(containsString("电子邮箱格式不正确")))
                .andExpect(content().string(containsString("初始密码须包含大写字母、小写字母、数字、符号中的至少 3 类")))
                .andExpect(content().string(containsString("value=\"保留的姓名\"")))
                .andExpect(content().string(containsString("value=\"91460100MA5T00001M\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_user WHERE display_name = '保留的姓名'").query(Long.class).single()).isZero();
    }

    @Test
    void province_roles_belong_to_the_province_and_usernames_are_unique() throws Exception {
        mvc.perform(asAdmin(post("/admin/users")).param("username", "admin").param("displayName", "重复")
                        .param("role", "PROVINCE_PARTY").param("regionCode", "460100").param("initialPassword", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名“admin”已被使用")))
                .andExpect(content().string(containsString("省级角色的所属地区须为“海南省”")));
        mvc.perform(asAdmin(post("/admin/users")).param("username", "Admin").param("displayName", "大小写")
                        .param("role", "PROVINCE_PARTY").param("regionCode", "460000").param("initialPassword", PASSWORD))
                .andExpect(content().string(containsString("已被使用")));
    }

    @Test
    void an_enterprise_account_gets_its_normalized_credit_code() throws Exception {
        String uscc = TestEnterprises.freshUscc("460100");
        String username = newUsername();
        create(username, "role", "ENTERPRISE", "regionCode", "460100", "enterpriseUscc", uscc.toLowerCase());
        assertThat(jdbc.sql("SELECT enterprise_uscc FROM platform_user WHERE username = :u").param("u", username)
                .query(String.class).single()).isEqualTo(uscc);
    }

    @Test
    void a_new_organization_can_be_created_with_the_account() throws Exception {
        String username = newUsername();
        String orgName = "测试调解委员会" + username;
        create(username, "role", "MEDIATION_ORG", "regionCode", "460200", "newOrganizationName", orgName,
                "newOrganizationKind", "MEDIATION_ORG");
        Map<String, Object> org = jdbc.sql("""
                        SELECT o.name, o.kind, o.region_code FROM platform_user u JOIN platform_organization o ON o.id = u.organization_id
                        WHERE u.username = :u""").param("u", username).query().singleRow();
        assertThat(org).containsEntry("name", orgName).containsEntry("kind", "MEDIATION_ORG").containsEntry("region_code", "460200");
    }

    @Test
    void a_mediation_account_needs_an_organization_in_its_own_region() throws Exception {
        long haikouBureau = jdbc.sql("SELECT id FROM platform_organization WHERE name = '海口市人力资源和社会保障局'")
                .query(Long.class).single();
        mvc.perform(asAdmin(post("/admin/users")).param("username", newUsername()).param("displayName", "调解")
                        .param("role", "MEDIATION_ORG").param("regionCode", "460200").param("initialPassword", PASSWORD))
                .andExpect(content().string(containsString("调解组织账号须选择或新建所属调解组织")));
        mvc.perform(asAdmin(post("/admin/users")).param("username", newUsername()).param("displayName", "调解")
                        .param("role", "MEDIATION_ORG").param("regionCode", "460200").param("organizationId", String.valueOf(haikouBureau))
                        .param("initialPassword", PASSWORD))
                .andExpect(content().string(containsString("所选组织属于海口市，与用户所属地区（三亚市）不一致")));
    }

    @Test
    void the_list_searches_and_shows_phones_masked() throws Exception {
        String username = newUsername();
        create(username);
        mvc.perform(get("/admin/users").param("q", username).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("138****5678")))
                .andExpect(content().string(not(containsString("13812345678"))))
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get("/admin/users").param("role", "ENTERPRISE").param("region", "460100").with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("企业人力资源")))
                .andExpect(content().string(not(containsString(username))));
        mvc.perform(get("/admin/users").param("q", "%").with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("没有符合条件的记录")));
    }

    @Test
    void the_list_exports_to_excel_with_the_filter_and_the_export_is_audited() throws Exception {
        String username = newUsername();
        create(username);
        byte[] xlsx = mvc.perform(get("/admin/users/export").param("q", username).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("用户名");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(username);
            assertThat(rows.get(1).getCellText(6)).isEqualTo("138****5678");
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform_audit_log WHERE action = 'EXPORT' AND entity_type = 'user'
                        AND username = 'admin' AND after_data ->> 'q' = :q""").param("q", username)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_admin_changes_role_and_region_and_the_change_is_audited_field_by_field() throws Exception {
        String username = newUsername();
        create(username);
        long id = idOf(username);
        mvc.perform(asAdmin(post("/admin/users/" + id)).param("version", "0").param("displayName", "测试用户")
                        .param("role", "EXPERT").param("regionCode", "460100").param("email", "test@example.cn"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        Map<String, Object> row = jdbc.sql("SELECT role, region_code, version, phone_enc FROM platform_user WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("role", "EXPERT").containsEntry("region_code", "460100").containsEntry("version", 1);
        assertThat((String) row.get("phone_enc")).as("a blank phone keeps the stored one").isNotNull();

        Map<String, Object> audit = lastAudit("USER_UPDATED", id);
        assertThat((String) audit.get("before")).contains("CITY_STAFF").contains("460200").doesNotContain("displayName");
        assertThat((String) audit.get("after")).contains("EXPERT").contains("460100").doesNotContain("email");
    }

    @Test
    void a_stale_form_is_refused_with_the_optimistic_lock_message_and_keeps_the_values() throws Exception {
        String username = newUsername();
        create(username);
        long id = idOf(username);
        jdbc.sql("UPDATE platform_user SET version = version + 1 WHERE id = :id").param("id", id).update();
        mvc.perform(asAdmin(post("/admin/users/" + id)).param("version", "0").param("displayName", "迟到的修改")
                        .param("role", "CITY_STAFF").param("regionCode", "460200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改，请刷新后重新编辑")))
                .andExpect(content().string(containsString("value=\"迟到的修改\"")));
        assertThat(jdbc.sql("SELECT display_name FROM platform_user WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("测试用户");
    }

    @Test
    void a_password_reset_gives_a_new_initial_password_shown_once_and_unlocks() throws Exception {
        String username = newUsername();
        create(username);
        long id = idOf(username);
        jdbc.sql("UPDATE platform_user SET must_change_password = false, failed_attempts = 5, locked_until = now() + interval '10 minutes' WHERE id = :id")
                .param("id", id).update();

        MvcResult reset = mvc.perform(asAdmin(post("/admin/users/" + id + "/reset-password")))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("message", "admin.user.saved.passwordReset"))
                .andReturn();
        String newPassword = (String) reset.getFlashMap().get("initialPassword");
        assertThat(newPassword).isNotBlank();

        Map<String, Object> audit = lastAudit("PASSWORD_RESET", id);
        assertThat(audit.toString()).doesNotContain(newPassword);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(newPassword))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void a_disabled_user_cannot_log_in_until_enabled_again() throws Exception {
        String username = newUsername();
        create(username);
        long id = idOf(username);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());

        mvc.perform(asAdmin(post("/admin/users/" + id + "/disable"))).andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
        assertThat(lastAudit("USER_DISABLED", id).get("after").toString()).contains("\"enabled\": false");

        mvc.perform(asAdmin(post("/admin/users/" + id + "/enable"))).andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(lastAudit("USER_ENABLED", id)).isNotNull();
    }

    private MockHttpSession loggedInWithoutPasswordChange(String username) throws Exception {
        jdbc.sql("UPDATE platform_user SET must_change_password = false WHERE username = :u").param("u", username).update();
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }

    @Test
    void disabling_ends_the_sessions_the_user_already_has() throws Exception {
        String username = newUsername();
        create(username);
        MockHttpSession session = loggedInWithoutPasswordChange(username);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        mvc.perform(asAdmin(post("/admin/users/" + idOf(username) + "/disable")));

        MvcResult next = mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession) next.getRequest().getSession(false)))
                .andExpect(content().string(containsString("账号已停用")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_changed_role_and_region_apply_to_the_session_already_open() throws Exception {
        String username = newUsername();
        create(username, "role", "PROVINCE_ADMIN", "regionCode", "460000");
        MockHttpSession session = loggedInWithoutPasswordChange(username);
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
        int version = jdbc.sql("SELECT version FROM platform_user WHERE username = :u").param("u", username)
                .query(Integer.class).single();

        mvc.perform(asAdmin(post("/admin/users/" + idOf(username))).param("version", String.valueOf(version))
                        .param("displayName", "降为市县").param("role", "CITY_STAFF").param("regionCode", "460100"))
                .andExpect(redirectedUrl("/admin/users/" + idOf(username)));

        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据范围：海口市")));
    }

    @Test
    void an_admin_cannot_disable_themselves() throws Exception {
        long admin = idOf("admin");
        mvc.perform(asAdmin(post("/admin/users/" + admin + "/disable")))
                .andExpect(redirectedUrl("/admin/users/" + admin))
                .andExpect(flash().attribute("actionError", "不能停用自己的账号。"));
        assertThat(jdbc.sql("SELECT enabled FROM platform_user WHERE id = :id").param("id", admin).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/admin/users/" + admin).with(Logins.as(users, "admin")))
                .andExpect(content().string(not(containsString("id=\"user-disable\""))));
    }

    @Test
    void a_locked_account_is_unlocked_by_the_admin() throws Exception {
        String username = newUsername();
        create(username);
        long id = idOf(username);
        jdbc.sql("UPDATE platform_user SET failed_attempts = 5, locked_until = now() + interval '10 minutes' WHERE id = :id")
                .param("id", id).update();
        mvc.perform(get("/admin/users/" + id).with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("id=\"user-unlock\"")));
        mvc.perform(asAdmin(post("/admin/users/" + id + "/unlock"))).andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        assertThat(lastAudit("USER_UNLOCKED", id)).isNotNull();
    }

    @Test
    void an_unknown_user_id_answers_404() throws Exception {
        mvc.perform(get("/admin/users/987654321").with(Logins.as(users, "admin"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(post("/admin/users/987654321/reset-password"))).andExpect(status().isNotFound());
    }
}
