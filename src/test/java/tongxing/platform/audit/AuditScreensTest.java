package tongxing.platform.audit;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 审计日志 screens: search, newest first, readable changes, export (itself audited), nothing that writes. */
@TongxingTest
@AutoConfigureMockMvc
class AuditScreensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private static String marker() {
        return "审计测试" + System.nanoTime();
    }

    private long idOf(String summary) {
        return jdbc.sql("SELECT id FROM platform_audit_log WHERE summary = :s").param("s", summary).query(Long.class).single();
    }

    private void changeEntry(String summary, String entityId) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("displayName", "旧名字");
        before.put("role", "CITY_STAFF");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("displayName", "新名字");
        after.put("role", "EXPERT");
        audit.record(AuditAction.USER_UPDATED, "user", entityId, summary, before, after);
    }

    @Test
    void only_province_administrators_read_the_audit_log() throws Exception {
        for (String user : List.of("haikou", "union", "enterprise")) {
            mvc.perform(get("/admin/audit").with(Logins.as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit/export").with(Logins.as(users, user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void entries_are_found_by_text_user_action_and_entity_newest_first() throws Exception {
        String m = marker();
        audit.recordAs("audit-search-user", AuditAction.LOGIN_FAILURE, m + " 第一条");
        changeEntry(m + " 第二条", "424242");

        String page = mvc.perform(get("/admin/audit").param("text", m).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 2 条")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(m + " 第二条")).isLessThan(page.indexOf(m + " 第一条"));

        mvc.perform(get("/admin/audit").param("text", m).param("username", "audit-search-user").with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("共 1 条"))).andExpect(content().string(containsString("登录失败")));
        mvc.perform(get("/admin/audit").param("text", m).param("action", "USER_UPDATED").with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString(m + " 第二条"))).andExpect(content().string(not(containsString(m + " 第一条"))));
        mvc.perform(get("/admin/audit").param("entityType", "user").param("entityId", "424242").param("text", m)
                        .with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("共 1 条")));
    }

    @Test
    void the_date_range_is_inclusive_in_hainan_time() throws Exception {
        String m = marker();
        audit.recordAs("audit-date-user", AuditAction.LOGOUT, m);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        mvc.perform(get("/admin/audit").param("text", m).param("from", today.toString()).param("to", today.toString())
                        .with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("共 1 条")));
        mvc.perform(get("/admin/audit").param("text", m).param("from", today.plusDays(1).toString()).with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("共 0 条")));
        mvc.perform(get("/admin/audit").param("text", m).param("to", today.minusDays(1).toString()).with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("共 0 条")));
    }

    @Test
    void the_changes_read_as_a_field_old_new_table() throws Exception {
        String m = marker();
        changeEntry(m, "7");
        long id = idOf(m);
        String row = mvc.perform(get("/admin/audit/" + id + "/changes").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).startsWith("<tr").contains("id=\"changes-" + id + "\"")
                .contains("<td>姓名</td>").contains("<td>旧名字</td>").contains("<td>新名字</td>")
                .contains("<td>角色</td>").contains("<td>CITY_STAFF</td>").contains("<td>EXPERT</td>");
        mvc.perform(get("/admin/audit/" + id).with(Logins.as(users, "admin")))
                .andExpect(content().string(containsString("旧名字"))).andExpect(content().string(containsString("修改前")));
        mvc.perform(get("/admin/audit/987654321").with(Logins.as(users, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void the_export_follows_the_filter_and_is_itself_audited() throws Exception {
        String m = marker();
        changeEntry(m, "8");
        audit.recordAs("audit-export-user", AuditAction.LOGIN_SUCCESS, m + " 登录");
        byte[] xlsx = mvc.perform(get("/admin/audit/export").param("text", m).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("时间");
            assertThat(rows.get(1).getCellText(7)).isEqualTo(m + " 登录");
            assertThat(rows.get(2).getCellText(7)).isEqualTo(m);
            assertThat(rows.get(2).getCellText(8)).contains("姓名：旧名字 → 新名字");
        }
        String exported = jdbc.sql("""
                        SELECT summary FROM platform_audit_log WHERE action = 'EXPORT' AND entity_type = 'audit_log'
                        AND username = 'admin' AND after_data ->> 'text' = :m""").param("m", m).query(String.class).single();
        assertThat(exported).isEqualTo("导出审计日志 2 条");
    }

    @Test
    void nothing_on_the_audit_screens_changes_an_entry() throws Exception {
        String m = marker();
        changeEntry(m, "9");
        long id = idOf(m);
        mvc.perform(post("/admin/audit/" + id).with(Logins.as(users, "admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/admin/audit/" + id).with(Logins.as(users, "admin")).with(csrf())).andExpect(status().isMethodNotAllowed());
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    }
}
