package tongxing.enterprise.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseReclassified;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.support.Logins;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.enterprise.imports.EnterpriseImportTest.XLSX;
import static tongxing.enterprise.imports.EnterpriseImportTest.row;
import static tongxing.enterprise.imports.EnterpriseImportTest.sheet;
import static tongxing.support.TestEnterprises.freshUscc;

/**
 * The valid rows of an enterprise import wait in the job's stage table between validation and
 * commit: the file is parsed once, and the commit only merges the stage into the registry.
 */
@TongxingTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class StagedEnterpriseImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    long upload(byte[] file) throws Exception {
        String location = mvc.perform(multipart("/imports/enterprise")
                        .file(new MockMultipartFile("file", "台账.xlsx", XLSX, file))
                        .with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/imports/".length()));
    }

    void commit(long job) throws Exception {
        mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("SELECT * FROM platform_import_job WHERE id = :id").param("id", id).query().singleRow();
    }

    boolean stageExists(long job) {
        return jdbc.sql("SELECT to_regclass(:t) IS NOT NULL").param("t", "enterprise_import_stage_" + job)
                .query(Boolean.class).single();
    }

    long registered(String... usccs) {
        return jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc IN (:u)").param("u", List.of(usccs)).query(Long.class).single();
    }

    @Test
    void the_valid_rows_wait_in_the_stage_with_the_phone_encrypted_and_the_commit_saves_them_and_drops_it() throws Exception {
        String a = freshUscc("460100"), b = freshUscc("460200");
        List<Object> bad = row(freshUscc("460100"), "地区错误公司", "火星市");
        long id = upload(TestSheets.xlsx(sheet(row(a, "暂存甲公司", "海口"), bad, row(b, "暂存乙公司", "三亚"))));

        assertThat(stageExists(id)).isTrue();
        List<Map<String, Object>> staged = jdbc.sql("SELECT ord, uscc, size_class, contact_phone_enc, contact_phone_hash FROM enterprise_import_stage_"
                + id + " ORDER BY ord").query().listOfRows();
        assertThat(staged).extracting(r -> r.get("uscc")).containsExactly(a, b);
        assertThat(staged).allSatisfy(r -> {
            assertThat((String) r.get("contact_phone_enc")).startsWith("v1:").doesNotContain("13800138000");
            assertThat((String) r.get("contact_phone_hash")).hasSize(64);
            assertThat(r.get("size_class")).isNotNull();
        });
        assertThat(registered(a, b)).isZero();

        commit(id);

        assertThat(job(id)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 2);
        assertThat(registered(a, b)).isEqualTo(2);
        assertThat(stageExists(id)).isFalse();
    }

    @Test
    void a_changed_row_updates_only_its_enterprise_and_the_unchanged_one_is_not_touched() throws Exception {
        String same = freshUscc("460100"), changed = freshUscc("460100");
        commit(upload(TestSheets.xlsx(sheet(row(same, "不变公司", "海口"), row(changed, "将改名公司", "海口")))));
        Map<String, Object> before = jdbc.sql("SELECT version, updated_at FROM enterprise WHERE uscc = :u").param("u", same).query().singleRow();

        long second = upload(TestSheets.xlsx(sheet(row(same, "不变公司", "海口"), row(changed, "已改名公司", "海口"))));
        commit(second);

        assertThat(job(second)).containsEntry("inserted_rows", 0).containsEntry("updated_rows", 1).containsEntry("unchanged_rows", 1);
        assertThat(jdbc.sql("SELECT name FROM enterprise WHERE uscc = :u").param("u", changed).query(String.class).single())
                .isEqualTo("已改名公司");
        assertThat(jdbc.sql("SELECT version, updated_at FROM enterprise WHERE uscc = :u").param("u", same).query().singleRow())
                .isEqualTo(before);
    }

    @Test
    void each_enterprise_an_import_changes_is_audited_with_the_fields_that_changed_old_and_new() throws Exception {
        String same = freshUscc("460100"), changed = freshUscc("460100");
        commit(upload(TestSheets.xlsx(sheet(row(same, "审计不变公司", "海口"), row(changed, "审计将改名公司", "海口")))));
        List<Object> edited = row(changed, "审计已改名公司", "海口");
        edited.set(5, "60");           // 从业人员
        edited.set(10, "13912345678"); // 联系电话

        long second = upload(TestSheets.xlsx(sheet(row(same, "审计不变公司", "海口"), edited)));
        commit(second);

        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT entity_id, username, summary, before_data::text AS before, after_data::text AS after
                        FROM platform_audit_log WHERE action = 'IMPORT' AND entity_type = 'enterprise' AND entity_id IN (:u)""")
                .param("u", List.of(same, changed)).query().listOfRows();
        assertThat(entries).as("the unchanged enterprise has no entry").singleElement().satisfies(e -> {
            assertThat(e).containsEntry("entity_id", changed).containsEntry("username", "admin");
            assertThat((String) e.get("summary")).isEqualTo("导入修改企业：审计已改名公司（导入任务 " + second + "）");
            assertThat((String) e.get("before")).contains("\"name\": \"审计将改名公司\"", "\"employees\": \"50\"",
                    "\"contactPhone\": \"138****8000\"").doesNotContain("regionCode", "13800138000");
            assertThat((String) e.get("after")).contains("\"name\": \"审计已改名公司\"", "\"employees\": \"60\"",
                    "\"contactPhone\": \"139****5678\"").doesNotContain("13912345678");
        });

        long id = jdbc.sql("SELECT id FROM enterprise WHERE uscc = :u").param("u", changed).query(Long.class).single();
        String history = mvc.perform(get("/enterprises/{id}", id).with(Logins.as(users, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(history.substring(history.indexOf("id=\"enterprise-history\""))).contains("导入修改", "企业名称：", ">审计将改名公司</del>",
                ">审计已改名公司</span>", "从业人员：", "139****5678");
    }

    @Test
    void an_import_that_moves_an_enterprise_to_another_status_or_size_tells_whoever_counts_them() throws Exception {
        String closing = freshUscc("460100"), renamed = freshUscc("460100");
        commit(upload(TestSheets.xlsx(sheet(row(closing, "将注销公司", "海口"), row(renamed, "将改名公司", "海口")))));
        events.clear();

        List<Object> deregistered = row(closing, "将注销公司", "海口");
        deregistered.set(13, "注销");
        List<Object> smaller = row(renamed, "已改名公司", "海口");
        smaller.set(5, "5");   // employees 50 → 5: a medium retailer becomes a micro one
        commit(upload(TestSheets.xlsx(sheet(deregistered, smaller))));

        assertThat(events.stream(EnterpriseReclassified.class)).extracting(EnterpriseReclassified::uscc, EnterpriseReclassified::statusAfter)
                .containsExactlyInAnyOrder(tuple(closing, "DEREGISTERED"),
                        tuple(renamed, "ACTIVE"));
        EnterpriseReclassified shrunk = events.stream(EnterpriseReclassified.class).filter(e -> e.uscc().equals(renamed)).findFirst().orElseThrow();
        assertThat(shrunk.sizeBefore()).isEqualTo(SizeClass.MEDIUM);
        assertThat(shrunk.sizeAfter()).isEqualTo(SizeClass.MICRO);

        events.clear();
        commit(upload(TestSheets.xlsx(sheet(deregistered, smaller))));
        assertThat(events.stream(EnterpriseReclassified.class)).as("the same file again moves nothing").isEmpty();
    }

    @Test
    void a_stage_that_lost_rows_fails_the_commit_and_imports_nothing() throws Exception {
        String a = freshUscc("460100"), b = freshUscc("460100");
        long id = upload(TestSheets.xlsx(sheet(row(a, "丢失甲公司", "海口"), row(b, "丢失乙公司", "海口"))));
        // What a database crash does to an unlogged table.
        jdbc.sql("TRUNCATE enterprise_import_stage_" + id).update();

        commit(id);

        assertThat(job(id)).containsEntry("status", "FAILED")
                .containsEntry("message", "校验时暂存的数据已不完整（例如数据库在此期间重启过），请重新上传文件。");
        assertThat(registered(a, b)).isZero();
        assertThat(stageExists(id)).isFalse();
    }

    @Test
    void cancelling_drops_the_stage() throws Exception {
        long id = upload(TestSheets.xlsx(sheet(row(freshUscc("460100"), "取消暂存公司", "海口"))));
        assertThat(stageExists(id)).isTrue();

        mvc.perform(post("/imports/{id}/cancel", id).with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(stageExists(id)).isFalse();
    }

    @Test
    void a_file_refused_as_a_whole_leaves_no_stage_behind() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE 'enterprise_import_stage_%'").query(Long.class).single();
        byte[] onlyTheHeader = TestSheets.xlsx(List.of(EnterpriseImportTest.HEADER));

        mvc.perform(multipart("/imports/enterprise").file(new MockMultipartFile("file", "空.xlsx", XLSX, onlyTheHeader))
                .with(Logins.as(users, "admin")).with(csrf()));

        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE 'enterprise_import_stage_%'").query(Long.class).single())
                .isEqualTo(before);
    }
}
