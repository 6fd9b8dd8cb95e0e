package tongxing.coordinator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.freshIdNumber;

@TongxingTest
@AutoConfigureMockMvc
class CoordinatorImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("姓名", "身份证号码", "联系电话", "所属市县", "工作单位类型", "所在企业统一社会信用代码",
            "所在单位名称", "专职或兼职", "专职集体协商指导员", "职业技能等级", "证书编号", "发证日期", "评价机构", "担任协调员日期");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoordinatorRegistry registry;

    static List<Object> row(String name, String id, String region) {
        return new ArrayList<>(Arrays.asList(name, id, "13800138000", region, "乡镇街道", null, "测试街道办事处", "专职", "否",
                "三级", "S-IMPORT-1", "2022-11-20", "海南省职业技能鉴定指导中心", "2019-06-18"));
    }

    static byte[] file(List<?>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(Arrays.asList(rows));
        return TestSheets.xlsx(all);
    }

    long upload(String user, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports/coordinator")
                        .file(new MockMultipartFile("file", "协调员.xlsx", XLSX, bytes))
                        .with(Logins.as(users, user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/imports/\\d+");
        return Long.parseLong(location.substring("/imports/".length()));
    }

    void commit(String user, long job) throws Exception {
        mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, user)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    Map<String, Object> job(long id) {
        return jdbc.sql("SELECT * FROM platform_import_job WHERE id = :id").param("id", id).query().singleRow();
    }

    List<String> errors(long id) {
        return jdbc.sql("SELECT row_number || '|' || column_name || '|' || reason FROM platform_import_error WHERE job_id = :id ORDER BY row_number, column_index")
                .param("id", id).query(String.class).list();
    }

    @Test
    void bad_id_numbers_and_other_regions_are_reported_by_row_and_the_good_rows_load() throws Exception {
        String good1 = freshIdNumber("460100"), good2 = freshIdNumber("460100"), other = freshIdNumber("460200");
        String badCheck = good1.substring(0, 17) + (good1.charAt(17) == '0' ? '1' : '0');
        List<Object> badLevel = row("等级错误", freshIdNumber("460100"), "海口");
        badLevel.set(9, "五级");
        long id = upload("haikou", file(
                row("导入甲", good1, "海口市"),          // row 2
                row("导入乙", good2, "460100"),          // row 3
                row("校验位错", badCheck, "海口"),        // row 4
                row("短号码", "46010019900101", "海口"),  // row 5
                row("三亚的人", other, "三亚"),           // row 6
                badLevel,                                 // row 7
                row("重复", good1, "海口")));             // row 8

        assertThat(job(id)).containsEntry("status", "VALIDATED").containsEntry("valid_rows", 2).containsEntry("error_rows", 5);
        assertThat(errors(id)).containsExactly(
                "4|身份证号码|身份证号码校验位错误",
                "5|身份证号码|身份证号码应为18位，实际为14位",
                "6|所属市县|您只能导入本辖区（海口市）的协调员，本行为三亚市",
                "7|职业技能等级|职业技能等级应为 四级、三级、二级 或 一级，实际为“五级”",
                "8|身份证号码|与第2行重复");
        commit("haikou", id);
        assertThat(job(id)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 2);
        var loaded = registry.findByIdNumber(Scope.province(), good1).orElseThrow();
        assertThat(loaded.name()).isEqualTo("导入甲");
        assertThat(loaded.skillLevel()).isEqualTo(SkillLevel.LEVEL_3);
        mvc.perform(get("/imports/coordinator/template.xlsx").with(Logins.as(users, "haikou"))).andExpect(status().isOk());
    }

    @Test
    void the_same_file_twice_changes_nothing_the_second_time() throws Exception {
        byte[] bytes = file(row("幂等甲", freshIdNumber("460100"), "海口"), row("幂等乙", freshIdNumber("469002"), "琼海"));
        long first = upload("admin", bytes);
        commit("admin", first);
        assertThat(job(first)).containsEntry("inserted_rows", 2);
        long before = jdbc.sql("SELECT count(*) FROM coordinator").query(Long.class).single();
        String versions = jdbc.sql("SELECT string_agg(version::text, ',' ORDER BY id) FROM coordinator WHERE name LIKE '幂等%'")
                .query(String.class).single();

        long second = upload("admin", bytes);
        commit("admin", second);

        assertThat(job(second)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 0)
                .containsEntry("updated_rows", 0).containsEntry("unchanged_rows", 2);
        assertThat(jdbc.sql("SELECT count(*) FROM coordinator").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT string_agg(version::text, ',' ORDER BY id) FROM coordinator WHERE name LIKE '幂等%'")
                .query(String.class).single()).isEqualTo(versions);
    }
}
