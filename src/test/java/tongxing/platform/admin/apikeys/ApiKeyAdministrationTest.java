package tongxing.platform.admin.apikeys;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 接口密钥: issue (shown once), list, revoke; audited without the key. */
@TongxingTest
@AutoConfigureMockMvc
class ApiKeyAdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private MvcResult issue(String name, String region, String... permissions) throws Exception {
        return mvc.perform(post("/admin/api-keys").with(Logins.as(users, "admin")).with(csrf())
                        .param("name", name).param("regionCode", region).param("permissions", permissions))
                .andReturn();
    }

    @Test
    void other_roles_cannot_see_or_issue_keys() throws Exception {
        mvc.perform(get("/admin/api-keys").with(Logins.as(users, "haikou"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/api-keys").with(Logins.as(users, "union")).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_issued_key_is_shown_once_stored_as_a_digest_and_audited_without_it() throws Exception {
        String name = "海口市场监管推送" + System.nanoTime();
        MvcResult result = issue(name, "460100", "enterprise:read", "enterprise:write");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/api-keys");
        String key = (String) result.getFlashMap().get("issuedKey");
        assertThat(key).startsWith("tx_").hasSizeGreaterThan(40);

        mvc.perform(get("/admin/api-keys").with(Logins.as(users, "admin")).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString(key)))
                .andExpect(content().string(containsString("此密钥只显示这一次")));
        mvc.perform(get("/admin/api-keys").with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(key.substring(0, 10))))
                .andExpect(content().string(not(containsString(key))));

        Map<String, Object> row = jdbc.sql("SELECT id, key_hash, region_code, permissions, enabled, created_by FROM platform_api_key WHERE name = :n")
                .param("n", name).query().singleRow();
        assertThat(row).containsEntry("region_code", "460100").containsEntry("permissions", "enterprise:read,enterprise:write")
                .containsEntry("enabled", true).containsEntry("created_by", "admin");
        assertThat((String) row.get("key_hash")).doesNotContain(key).hasSize(64);

        String audit = jdbc.sql("""
                        SELECT summary || coalesce(after_data::text, '') FROM platform_audit_log
                        WHERE action = 'API_KEY_CREATED' AND entity_id = :id""")
                .param("id", String.valueOf(row.get("id"))).query(String.class).single();
        assertThat(audit).contains(name).contains(key.substring(0, 10)).doesNotContain(key).doesNotContain((String) row.get("key_hash"));
    }

    @Test
    void a_key_needs_a_name_a_region_and_a_known_permission() throws Exception {
        mvc.perform(post("/admin/api-keys").with(Logins.as(users, "admin")).with(csrf())
                        .param("name", " ").param("regionCode", "999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("数据范围须为海南省或一个市县")))
                .andExpect(content().string(containsString("请至少选择一项权限")));
        mvc.perform(post("/admin/api-keys").with(Logins.as(users, "admin")).with(csrf())
                        .param("name", "越权").param("regionCode", "460000").param("permissions", "*"))
                .andExpect(content().string(containsString("未知的权限：*")));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_api_key WHERE name = '越权'").query(Long.class).single()).isZero();
    }

    @Test
    void a_revoked_key_is_disabled_and_the_revocation_is_audited() throws Exception {
        String name = "待吊销" + System.nanoTime();
        issue(name, "460000", "enterprise:read");
        long id = jdbc.sql("SELECT id FROM platform_api_key WHERE name = :n").param("n", name).query(Long.class).single();

        mvc.perform(post("/admin/api-keys/" + id + "/revoke").with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-keys"));
        assertThat(jdbc.sql("SELECT enabled FROM platform_api_key WHERE id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'API_KEY_REVOKED' AND entity_id = :id AND username = 'admin'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/admin/api-keys/987654321/revoke").with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
