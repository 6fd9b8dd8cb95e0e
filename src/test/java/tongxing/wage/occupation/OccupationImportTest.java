package tongxing.wage.occupation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.imports.table.TableRow;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.wage.collection.RecordUpload;
import tongxing.wage.guideline.Dimension;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.GuidelineCells;
import tongxing.wage.guideline.GuidelineRow;
import tongxing.wage.guideline.SurveyData;
import tongxing.wage.survey.Surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * 职业分类导入 on the real database. Each test works under a middle group of its own that no other test
 * or the demo data records (5-02 … 5-05; 5-99 is the browser test's): the catalogue is shared by the
 * whole test JVM. The unit codes and names below are test data, not codes of the official table.
 */
@TongxingTest
@AutoConfigureMockMvc
class OccupationImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> RECORD_HEADER = List.of("职业编码", "学历", "年龄", "性别", "年工作小时", "基本工资", "奖金", "津贴补贴", "加班工资");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired OccupationTable table;
    @Autowired Editions editions;
    @Autowired GuidelineCells cells;
    @Autowired Surveys surveys;
    @Autowired EnterpriseRegistry registry;
    @Autowired RecordUpload upload;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    static byte[] file(List<?>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(List.of("代码", "名称", "GBM 代码"));
        all.addAll(Arrays.asList(rows));
        return TestSheets.xlsx(all);
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    long upload(String user, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports/wage-occupation")
                        .file(new MockMultipartFile("file", "职业分类.xlsx", XLSX, bytes))
                        .with(Logins.as(users, user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        return Long.parseLong(location.substring("/imports/".length()));
    }

    void commit(long job) throws Exception {
        mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("SELECT * FROM platform_import_job WHERE id = :id").param("id", id).query().singleRow();
    }

    List<String> errors(long id) {
        return jdbc.sql("SELECT row_number || '|' || column_name || '|' || reason FROM platform_import_error WHERE job_id = :id ORDER BY row_number, column_index")
                .param("id", id).query(String.class).list();
    }

    Map<String, Object> stored(String code) {
        return jdbc.sql("SELECT code, parent_code, level, name, gbm_code, disabled FROM wage_occupation WHERE code = :c")
                .param("c", code).query().singleRow();
    }

    @Test
    void every_bad_row_is_reported_with_its_reason_and_only_the_valid_rows_are_committed() throws Exception {
        long id = upload("admin", file(
                row("5-04-01", "测试小类甲", null),                 // 2: parent 5-04 is loaded
                row("５－04－01－01", "测试细类甲", "GBM 50401"),     // 3: parent earlier in the file; full-width digits
                row("5-04-02-01", "测试细类乙", null),              // 4: parent neither loaded nor in the file
                row("5-4-01", "格式错误", null),                     // 5
                row("5-04-01-01", "重复", null),                    // 6: duplicate of row 3
                row("5-04-01-02", null, null),                      // 7: no name
                row("5-04-01-03", "长".repeat(101), null),         // 8
                row("5-04-01-04", "测试细类丁", "12ab"),            // 9
                row("5-04-03-01", "测试细类戊", null),              // 10: parent only later in the file
                row("5-04-03", "测试小类丙", "50403")));            // 11

        assertThat(job(id)).containsEntry("status", "VALIDATED").containsEntry("valid_rows", 3).containsEntry("error_rows", 7);
        assertThat(errors(id)).containsExactly(
                "4|代码|上级分类 5-04-02 既未载入，也不在本文件前面的行中",
                "5|代码|代码格式应为 2、2-02、2-02-01 或 2-02-01-01（大类 1 位，其余每级 2 位，用“-”连接），实际为“5-4-01”",
                "6|代码|与第3行重复",
                "7|名称|名称不能为空",
                "8|名称|名称最多 100 字，实际为 101 字",
                "9|GBM代码|GBM代码应为 5 位数字，实际为“12ab”",
                "10|代码|上级分类 5-04-03 既未载入，也不在本文件前面的行中");
        mvc.perform(get("/imports/{id}/errors.xlsx", id).with(Logins.as(users, "admin"))).andExpect(status().isOk());
        assertThat(table.find("5-04-01")).isEmpty();

        commit(id);

        assertThat(job(id)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 3);
        assertThat(stored("5-04-01-01")).containsEntry("parent_code", "5-04-01").containsEntry("level", 4)
                .containsEntry("name", "测试细类甲").containsEntry("gbm_code", "50401").containsEntry("disabled", false);
        assertThat(stored("5-04-03")).containsEntry("parent_code", "5-04").containsEntry("level", 3);
        // The survey's validation reads the new codes at once.
        assertThat(table.isRecordable("5-04-01-01")).isTrue();
        assertThat(table.isRecordable("5-04-01")).isFalse();
        assertThat(table.isRecordable("5-04")).isFalse();
        assertThat(table.isRecordable("5-04-03")).isTrue();
        mvc.perform(get("/imports/wage-occupation/template.xlsx").with(Logins.as(users, "admin"))).andExpect(status().isOk());
    }

    @Test
    void the_same_file_twice_changes_nothing_and_a_renaming_is_audited_with_the_old_name() throws Exception {
        byte[] bytes = file(row("5-03-01", "测试小类", null), row("5-03-01-01", "测试细类", "50301"));
        long first = upload("admin", bytes);
        commit(first);
        assertThat(job(first)).containsEntry("inserted_rows", 2);
        Object stamp = stored("5-03-01-01").get("gbm_code") + "|" + jdbc.sql("SELECT updated_at::text FROM wage_occupation WHERE code = '5-03-01-01'")
                .query(String.class).single();

        long second = upload("admin", bytes);
        commit(second);
        assertThat(job(second)).containsEntry("inserted_rows", 0).containsEntry("updated_rows", 0).containsEntry("unchanged_rows", 2);
        assertThat(stored("5-03-01-01").get("gbm_code") + "|" + jdbc.sql("SELECT updated_at::text FROM wage_occupation WHERE code = '5-03-01-01'")
                .query(String.class).single()).isEqualTo(stamp);

        // A file without GBM codes keeps the stored one; a new name replaces the old one, on record.
        long renamed = upload("admin", file(row("5-03-01-01", "测试细类（更名）", null)));
        commit(renamed);
        assertThat(job(renamed)).containsEntry("updated_rows", 1);
        assertThat(stored("5-03-01-01")).containsEntry("name", "测试细类（更名）").containsEntry("gbm_code", "50301");
        assertThat(table.name("5-03-01-01")).isEqualTo("测试细类（更名）");
        Map<String, Object> audit = jdbc.sql("""
                        SELECT username, action, before_data->>'name' AS before, after_data->>'name' AS after
                        FROM platform_audit_log WHERE entity_type = 'wage_occupation' AND entity_id = '5-03-01-01'""")
                .query().singleRow();
        assertThat(audit).containsEntry("username", "admin").containsEntry("action", "UPDATE")
                .containsEntry("before", "测试细类").containsEntry("after", "测试细类（更名）");
    }

    @Test
    void a_code_named_by_survey_records_can_be_disabled_but_never_deleted_nor_recoded() throws Exception {
        commit(upload("admin", file(row("5-05-01", "测试小类", null), row("5-05-01-01", "测试细类", null))));
        SurveyData.year(jdbc, 2073).enterprise("460100", "A").pays("5-05-01-01", 50000);

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM wage_occupation WHERE code = '5-05-01-01'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.sql("UPDATE wage_occupation SET code = '5-05-01-09' WHERE code = '5-05-01-01'").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO wage_occupation (code, parent_code, level, name) VALUES ('5-05-02-01', '5-05', 4, 'x')").update())
                .isInstanceOf(DataAccessException.class);

        mvc.perform(post("/wage/occupations/5-05-01-01/disable").with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored("5-05-01-01")).containsEntry("disabled", true);
        assertThat(table.isRecordable("5-05-01-01")).isFalse();
        assertThat(table.find("5-05-01-01")).isPresent();
        // The group still asks for a unit: a disabled child does not make its parent recordable.
        assertThat(table.isRecordable("5-05-01")).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM wage_employee_record WHERE occupation_code = '5-05-01-01'").query(Long.class).single())
                .isEqualTo(1);

        mvc.perform(post("/wage/occupations/5-05-01-01/enable").with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(table.isRecordable("5-05-01-01")).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'wage_occupation' AND entity_id = '5-05-01-01'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void only_the_provincial_office_imports_or_disables_and_everyone_in_the_survey_browses() throws Exception {
        byte[] bytes = file(row("6-30-01", "不应导入", null));
        for (String user : List.of("enterprise", "haikou", "union")) {
            mvc.perform(get("/imports/wage-occupation").with(Logins.as(users, user))).andExpect(status().isNotFound());
            mvc.perform(multipart("/imports/wage-occupation").file(new MockMultipartFile("file", "x.xlsx", XLSX, bytes))
                    .with(Logins.as(users, user)).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/wage/occupations/4-07-03-02/disable").with(Logins.as(users, user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/wage/occupations").param("q", "协调员").with(Logins.as(users, user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("4-07-03-02")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("occupation-import-link"))));
        }
        mvc.perform(get("/wage/occupations").with(Logins.as(users, "expert"))).andExpect(status().isForbidden());
        assertThat(table.find("6-30-01")).isEmpty();
        assertThat(stored("4-07-03-02")).containsEntry("disabled", false);
        mvc.perform(get("/wage/occupations").with(Logins.as(users, "admin")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("occupation-import-link")));
        mvc.perform(get("/wage/occupations/export").param("level", "1").with(Logins.as(users, "enterprise")))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX));
    }

    @Test
    void records_must_name_the_imported_units_and_the_guideline_rolls_them_up_to_every_level() throws Exception {
        commit(upload("admin", file(row("5-02-01", "测试小类", null), row("5-02-01-01", "测试细类甲", null),
                row("5-02-01-02", "测试细类乙", null))));

        // The collection path: the middle and minor groups now ask for a unit; the units are accepted.
        long returnId = surveyedReturn(2074);
        RecordUpload.Result group = load(returnId, "5-02,,30,男,,60000,0,0,0", "5-02-01,,31,男,,61000,0,0,0");
        assertThat(group.accepted()).isFalse();
        assertThat(group.firstIssues()).extracting(i -> i.reason())
                .containsExactly("职业编码 5-02 是上级分类，请填写到细类", "职业编码 5-02-01 是上级分类，请填写到细类");
        assertThat(load(returnId, "5-02-01-01,,30,男,,60000,0,0,0", "5-02-01-02,,31,男,,61000,0,0,0").accepted()).isTrue();

        // The guideline: cells for both units, and their sums for the minor, middle and major group.
        SurveyData data = SurveyData.year(jdbc, 2072);
        for (int i = 0; i < 3; i++)
            data.enterprise("460100", "A").pays("5-02-01-01", SurveyData.times(10, 40000)).pays("5-02-01-02", SurveyData.times(10, 50000));
        Logins.runAs(users, "admin");
        Edition draft = editions.computeDraft(2072);
        GuidelineRow first = cell(draft, "5-02-01-01");
        assertThat(first.employees()).isEqualTo(30);
        assertThat(first.occupationName()).isEqualTo("测试细类甲");
        assertThat(first.p50()).isEqualByComparingTo("40000");
        assertThat(cell(draft, "5-02-01-02").p50()).isEqualByComparingTo("50000");
        for (String code : List.of("5-02-01", "5-02", "5")) {
            GuidelineRow c = cell(draft, code);
            assertThat(c.employees()).as(code).isEqualTo(60);
            assertThat(c.enterprises()).as(code).isEqualTo(3);
            assertThat(c.p50()).as(code).isEqualByComparingTo("45000");   // between the 30th and 31st of 60
        }
        assertThat(cell(draft, "5-02-01").occupationName()).isEqualTo("测试小类");
        assertThat(cell(draft, "5-02").occupationName()).isEqualTo("林业生产人员");
        assertThat(cell(draft, "5-02-01").occupationLevel()).isEqualTo(3);
    }

    private GuidelineRow cell(Edition draft, String code) {
        return cells.find(draft.id(), code, Dimension.PROVINCE, "").orElseThrow(() -> new AssertionError("no cell " + code));
    }

    private long surveyedReturn(int year) {
        Logins.runAs(users, "admin");
        if (surveys.list().stream().noneMatch(s -> s.year() == year)) surveys.open(CurrentUser.require(), year, LocalDate.of(year + 1, 3, 31));
        var e = registry.create(Scope.province(), anEnterprise().inRegion("460100").build(), "test");
        surveys.selectListed(CurrentUser.require(), year, List.of(new Located(e.uscc(), "460100")), "test");
        return jdbc.sql("SELECT id FROM wage_survey_enterprise WHERE year = :y AND uscc = :u")
                .param("y", year).param("u", e.uscc()).query(Long.class).single();
    }

    private RecordUpload.Result load(long returnId, String... rows) {
        List<TableRow> out = new ArrayList<>();
        out.add(new TableRow(1, RECORD_HEADER));
        for (int i = 0; i < rows.length; i++) out.add(new TableRow(i + 2, Arrays.asList(rows[i].split(",", -1))));
        Logins.runAs(users, "admin");
        return upload.upload(CurrentUser.require(), returnId, out.iterator(), "test.csv");
    }
}
