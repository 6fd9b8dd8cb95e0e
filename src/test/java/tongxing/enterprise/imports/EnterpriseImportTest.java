package tongxing.enterprise.imports;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.TestEnterprises.anEnterprise;
import static tongxing.support.TestEnterprises.freshUscc;

@TongxingTest
@AutoConfigureMockMvc
class EnterpriseImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "所属市县", "行业代码", "登记注册类型", "从业人员",
            "营业收入（万元）", "资产总额（万元）", "法定代表人", "联系人", "联系电话", "地址", "成立日期", "经营状态", "标签");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnterpriseRegistry registry;
    @Value("${tongxing.storage-dir}")
    String storageDir;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    /** A full row of the template; tests change the cells they are about. */
    static List<Object> row(String uscc, String name, String region) {
        return new ArrayList<>(Arrays.asList(uscc, name, region, "52", "159", "50", "800", "500", "王某某", "李女士",
                "13800138000", "海南省测试路1号", "2018-03-01", "在营", "重点企业、试点"));
    }

    static List<List<?>> sheet(List<?>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(Arrays.asList(rows));
        return all;
    }

    long upload(String user, String fileName, String contentType, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports/enterprise")
                        .file(new MockMultipartFile("file", fileName, contentType, bytes))
                        .with(Logins.as(users, user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        return Long.parseLong(location.substring("/imports/".length()));
    }

    MvcResult commit(String user, long job) throws Exception {
        return mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("SELECT * FROM platform_import_job WHERE id = :id").param("id", id).query().singleRow();
    }

    List<String> errors(long id) {
        return jdbc.sql("SELECT row_number || '|' || column_name || '|' || reason FROM platform_import_error WHERE job_id = :id ORDER BY row_number, column_index")
                .param("id", id).query(String.class).list();
    }

    long registered(String... usccs) {
        return jdbc.sql("SELECT count(*) FROM enterprise WHERE uscc IN (:u)").param("u", List.of(usccs)).query(Long.class).single();
    }

    static String wrongCheckCharacter(String uscc) {
        char last = uscc.charAt(17);
        return uscc.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    @Test
    void the_report_names_row_column_and_reason_of_every_bad_row_and_commit_loads_exactly_the_good_rows() throws Exception {
        String good1 = freshUscc("460100"), good2 = freshUscc("460200"), good3 = freshUscc("469002");
        String unknownRegion = freshUscc("460100"), unknownIndustry = freshUscc("460100"), negative = freshUscc("460100"),
                noName = freshUscc("460100");
        List<Object> withExcelDate = row(good2, "三亚导入测试酒店", "三亚");
        withExcelDate.set(12, LocalDate.of(2015, 9, 1));
        List<Object> region = row(unknownRegion, "地区错误公司", "火星市");
        List<Object> industry = row(unknownIndustry, "行业错误公司", "海口市");
        industry.set(3, "9999");
        List<Object> employees = row(negative, "人数错误公司", "460100");
        employees.set(5, "-5");
        byte[] file = TestSheets.xlsx(sheet(
                row(good1, "海口导入测试有限公司", "460100"),                 // row 2
                withExcelDate,                                                 // row 3
                row(wrongCheckCharacter(freshUscc("460100")), "校验位错误公司", "海口"), // row 4
                region,                                                        // row 5
                industry,                                                      // row 6
                employees,                                                     // row 7
                row(good1, "重复的公司", "海口"),                               // row 8
                row(noName, null, "海口"),                                     // row 9
                row(good3, "琼海导入测试有限公司", "琼海市")));                   // row 10

        long id = upload("admin", "企业台账.xlsx", XLSX, file);

        Map<String, Object> job = job(id);
        assertThat(job).containsEntry("status", "VALIDATED").containsEntry("total_rows", 9)
                .containsEntry("valid_rows", 3).containsEntry("error_rows", 6);
        assertThat(errors(id)).containsExactly(
                "4|统一社会信用代码|统一社会信用代码校验位错误",
                "5|所属市县|所属市县“火星市”不是海南省的市县或洋浦，可填代码、全称或简称，如 460100、海口市、海口",
                "6|行业代码|行业代码“9999”不是GB/T 4754-2017的大类、中类或小类",
                "7|从业人员|从业人员不能为负数",
                "8|统一社会信用代码|与第2行重复",
                "9|企业名称|企业名称不能为空");
        assertThat(registered(good1, good2, good3)).isZero();

        mvc.perform(get("/imports/{id}", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("与第2行重复"), containsString("火星市"),
                        containsString("导入全部有效行（3 行）"), containsString("取消本次导入"),
                        containsString("/imports/" + id + "/errors.xlsx"))));

        byte[] report = mvc.perform(get("/imports/{id}/errors.xlsx", id).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> reportRows = TestSheets.read(report).values().iterator().next();
        assertThat(reportRows.get(0)).containsSequence(HEADER).endsWith("错误原因");
        assertThat(reportRows).hasSize(7);
        assertThat(reportRows.get(1).get(1)).isEqualTo("校验位错误公司");
        assertThat(reportRows.get(5).get(0)).isEqualTo(good1);
        assertThat(reportRows.get(5).get(15)).isEqualTo("统一社会信用代码：与第2行重复");
        assertThat(reportRows.get(6).get(15)).contains("企业名称不能为空");

        String stored = (String) job.get("stored_path");
        assertThat(Path.of(storageDir, "imports", stored)).exists();
        commit("admin", id);

        assertThat(job(id)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 3)
                .containsEntry("updated_rows", 0).containsEntry("unchanged_rows", 0);
        assertThat(registered(good1, good2, good3)).isEqualTo(3);
        assertThat(registered(unknownRegion, unknownIndustry, negative, noName)).isZero();
        var sanya = registry.find(Scope.province(), good2).orElseThrow();
        assertThat(sanya.regionCode()).isEqualTo("460200");
        assertThat(sanya.establishedOn()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(sanya.tags()).containsExactly("重点企业", "试点");
        assertThat(registry.find(Scope.province(), good1).orElseThrow().name()).isEqualTo("海口导入测试有限公司");
        assertThat(Path.of(storageDir, "imports", stored)).doesNotExist();
        assertThat(jdbc.sql("SELECT summary FROM platform_audit_log WHERE action = 'IMPORT' AND entity_type = 'import' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single())
                .contains("企业台账.xlsx").contains("新增 3 条");
        // The error report stays available after the commit.
        mvc.perform(get("/imports/{id}/errors.xlsx", id).with(Logins.as(users, "admin"))).andExpect(status().isOk());
    }

    @Test
    void the_same_file_twice_changes_nothing_the_second_time_and_a_job_commits_only_once() throws Exception {
        String a = freshUscc("460100"), b = freshUscc("460100"), c = freshUscc("460100");
        byte[] file = TestSheets.xlsx(sheet(row(a, "重复导入甲公司", "海口"), row(b, "重复导入乙公司", "海口"),
                row(c, "重复导入丙公司", "海口")));
        long first = upload("haikou", "台账.xlsx", XLSX, file);
        commit("haikou", first);
        assertThat(job(first)).containsEntry("inserted_rows", 3);
        List<Map<String, Object>> before = jdbc.sql("SELECT uscc, version, updated_at FROM enterprise WHERE uscc IN (:u) ORDER BY uscc")
                .param("u", List.of(a, b, c)).query().listOfRows();

        commit("haikou", first);
        mvc.perform(post("/imports/{id}/commit", first).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("problem", "该批数据已经导入，不能重复导入。"));

        long second = upload("haikou", "台账.xlsx", XLSX, file);
        commit("haikou", second);
        assertThat(job(second)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 0)
                .containsEntry("updated_rows", 0).containsEntry("unchanged_rows", 3);
        assertThat(jdbc.sql("SELECT uscc, version, updated_at FROM enterprise WHERE uscc IN (:u) ORDER BY uscc")
                .param("u", List.of(a, b, c)).query().listOfRows()).isEqualTo(before);
        mvc.perform(get("/imports/{id}", second).with(Logins.as(users, "haikou")))
                .andExpect(content().string(containsString("已导入：新增 0 条，更新 0 条，未变 3 条。")));
    }

    @Test
    void a_file_without_a_required_column_is_refused_naming_the_column() throws Exception {
        long jobsBefore = jdbc.sql("SELECT count(*) FROM platform_import_job").query(Long.class).single();
        String csv = TestSheets.csv(List.of(List.of("统一社会信用代码", "所属市县", "行业代码"), List.of(freshUscc("460100"), "海口", "52")));
        mvc.perform(multipart("/imports/enterprise")
                        .file(new MockMultipartFile("file", "缺列.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("文件缺少必填列：“企业名称”（列名行为第 1 行）")));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_import_job").query(Long.class).single()).isEqualTo(jobsBefore);
    }

    @Test
    void a_commit_that_fails_midway_leaves_nothing_and_says_why() throws Exception {
        String mine = freshUscc("460200"), taken = freshUscc("460200");
        long id = upload("sanya", "三亚台账.xlsx", XLSX, TestSheets.xlsx(sheet(
                row(mine, "三亚原子性甲公司", "三亚"), row(taken, "三亚原子性乙公司", "三亚"))));
        assertThat(job(id)).containsEntry("valid_rows", 2);
        // Between validation and commit, the province registers the second enterprise in Haikou.
        Logins.runAs(users, "admin");
        registry.create(Scope.province(), anEnterprise().withUscc(taken).inRegion("460100").named("海口先登记公司").build(), "MANUAL");
        Logins.clear();

        commit("sanya", id);

        assertThat(registered(mine)).isZero();
        assertThat(registry.find(Scope.province(), taken).orElseThrow().regionCode()).isEqualTo("460100");
        Map<String, Object> job = job(id);
        assertThat(job).containsEntry("status", "FAILED");
        assertThat((String) job.get("message")).contains(taken).contains("不属于您的辖区");
        mvc.perform(get("/imports/{id}", id).with(Logins.as(users, "sanya")))
                .andExpect(content().string(containsString("导入失败，没有导入任何数据。")));
    }

    @Test
    void a_city_user_may_import_only_their_own_region_and_sees_only_their_own_jobs() throws Exception {
        String sanyaRow = freshUscc("460200"), haikouRow = freshUscc("460100"), haikouExisting = freshUscc("460100");
        Logins.runAs(users, "admin");
        registry.create(Scope.province(), anEnterprise().withUscc(haikouExisting).inRegion("460100").build(), "MANUAL");
        Logins.clear();
        long id = upload("sanya", "三亚.xlsx", XLSX, TestSheets.xlsx(sheet(
                row(sanyaRow, "三亚本地公司", "三亚市"),
                row(haikouRow, "海口的公司", "海口市"),
                row(haikouExisting, "改到三亚的海口公司", "三亚"))));
        assertThat(errors(id)).containsExactly(
                "3|所属市县|您只能导入本辖区（三亚市）的企业，本行为海口市",
                "4|统一社会信用代码|该企业已登记在海口市，不属于您的辖区，不能修改");

        long adminJob = upload("admin", "省.xlsx", XLSX, TestSheets.xlsx(sheet(row(freshUscc("460100"), "省里导入公司", "海口"))));
        mvc.perform(get("/imports/{id}", adminJob).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/imports/{id}/errors.xlsx", adminJob).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(post("/imports/{id}/commit", adminJob).with(Logins.as(users, "sanya")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/imports/{id}/cancel", adminJob).with(Logins.as(users, "sanya")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(job(adminJob)).containsEntry("status", "VALIDATED");
        mvc.perform(get("/imports").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("三亚.xlsx"), org.hamcrest.Matchers.not(containsString("省.xlsx")))));
        mvc.perform(get("/imports").with(Logins.as(users, "admin")))
                .andExpect(content().string(allOf(containsString("三亚.xlsx"), containsString("省.xlsx"))));
    }

    @Test
    void a_city_user_commits_the_rows_of_their_region_and_the_others_are_skipped() throws Exception {
        String good1 = freshUscc("460100"), other = freshUscc("460100"), good2 = freshUscc("460100");
        long id = upload("haikou", "海口台账.xlsx", XLSX, TestSheets.xlsx(sheet(
                row(good1, "海口跳过测试甲公司", "海口"), row(other, "外地公司", "三亚"), row(good2, "海口跳过测试乙公司", "海口市"))));
        assertThat(errors(id)).containsExactly("3|所属市县|您只能导入本辖区（海口市）的企业，本行为三亚市");

        commit("haikou", id);

        assertThat(job(id)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 2);
        assertThat(registered(good1, good2)).isEqualTo(2);
        assertThat(registered(other)).isZero();
    }

    @Test
    void utf8_csv_with_bom_and_gbk_csv_both_import() throws Exception {
        String a = freshUscc("460100"), b = freshUscc("460100");
        List<List<?>> rowsA = sheet(row(a, "带BOM的CSV公司", "海口"));
        long bom = upload("haikou", "bom.csv", "text/csv", TestSheets.csvBytes(rowsA, StandardCharsets.UTF_8, true));
        assertThat(job(bom)).containsEntry("valid_rows", 1).containsEntry("error_rows", 0);
        commit("haikou", bom);
        assertThat(registry.find(Scope.province(), a).orElseThrow().name()).isEqualTo("带BOM的CSV公司");

        long gbk = upload("haikou", "gbk.csv", "text/csv",
                TestSheets.csvBytes(sheet(row(b, "国标编码公司", "海口")), Charset.forName("GBK"), false));
        commit("haikou", gbk);
        assertThat(registry.find(Scope.province(), b).orElseThrow().name()).isEqualTo("国标编码公司");
    }

    @Test
    void the_template_has_the_headers_in_order_an_example_row_and_the_instructions_sheet() throws Exception {
        byte[] template = mvc.perform(get("/imports/enterprise/template.xlsx").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, List<List<String>>> sheets = TestSheets.read(template);
        List<List<String>> data = sheets.values().iterator().next();
        assertThat(data.get(0)).containsExactly("统一社会信用代码*", "企业名称*", "所属市县*", "行业代码*", "登记注册类型", "从业人员",
                "营业收入（万元）", "资产总额（万元）", "法定代表人", "联系人", "联系电话", "地址", "成立日期", "经营状态", "标签");
        assertThat(data.get(1).get(0)).isEqualTo("91460100MA5TL2026F");
        assertThat(sheets).containsKey("填写说明");
        String help = sheets.get("填写说明").toString();
        assertThat(help).contains("460200", "三亚市", "469030", "65", "软件和信息技术服务业", "159", "其他有限责任公司", "在营", "必填");
    }

    @Test
    void the_downloaded_template_uploaded_as_it_is_imports_nothing() throws Exception {
        byte[] template = mvc.perform(get("/imports/enterprise/template.xlsx").with(Logins.as(users, "haikou")))
                .andReturn().getResponse().getContentAsByteArray();
        long id = upload("haikou", "模板.xlsx", XLSX, template);
        assertThat(job(id)).containsEntry("valid_rows", 0).containsEntry("error_rows", 1);
        assertThat(errors(id)).singleElement().asString().contains("示例行");
    }

    @Test
    void the_import_history_exports_to_excel_and_the_export_is_audited() throws Exception {
        long id = upload("yangpu", "洋浦台账.xlsx", XLSX, TestSheets.xlsx(sheet(row(freshUscc("460400"), "洋浦导出测试公司", "洋浦"))));
        byte[] xlsx = mvc.perform(get("/imports/history.xlsx").with(Logins.as(users, "yangpu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = TestSheets.read(xlsx).values().iterator().next();
        assertThat(rows.get(0)).startsWith("编号", "数据类型", "文件", "导入人");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(String.valueOf(id), "企业信息", "洋浦台账.xlsx"));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains("企业台账.xlsx"));
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE action = 'EXPORT' AND username = 'yangpu' AND entity_type = 'import'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void users_outside_the_staff_cannot_import_enterprises() throws Exception {
        mvc.perform(get("/imports/enterprise").with(Logins.as(users, "enterprise"))).andExpect(status().isNotFound());
        mvc.perform(get("/imports/enterprise/template.xlsx").with(Logins.as(users, "expert"))).andExpect(status().isNotFound());
    }

    @Test
    void cancelling_keeps_the_registry_as_it_was_and_removes_the_stored_file() throws Exception {
        String uscc = freshUscc("460100");
        long id = upload("haikou", "取消.xlsx", XLSX, TestSheets.xlsx(sheet(row(uscc, "取消导入公司", "海口"))));
        String stored = (String) job(id).get("stored_path");
        mvc.perform(post("/imports/{id}/cancel", id).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(job(id)).containsEntry("status", "CANCELLED");
        assertThat(Files.exists(Path.of(storageDir, "imports", stored))).isFalse();
        mvc.perform(post("/imports/{id}/commit", id).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("problem", "本次导入已取消，不能再导入。请重新上传文件。"));
        assertThat(registered(uscc)).isZero();
    }
}
