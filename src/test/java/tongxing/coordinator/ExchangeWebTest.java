package tongxing.coordinator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tongxing.TongxingTest;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorFilter;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.registry.CoordinatorSearch;
import tongxing.coordinator.registry.TrainingRecords;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;

/** 学习交流平台: sessions by region, materials checked by type and size, attendance that counts as training. */
@TongxingTest
@AutoConfigureMockMvc
class ExchangeWebTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired CoordinatorRegistry registry;
    @Autowired CoordinatorSearch search;
    @Autowired TrainingRecords trainings;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    long createSession(String user, String title, String region, LocalDate heldOn) throws Exception {
        MvcResult r = mvc.perform(post("/coordinators/exchange").with(Logins.as(users, user)).with(csrf())
                        .param("title", title).param("heldOn", heldOn.toString()).param("mode", "ONSITE")
                        .param("place", "海口市人社局三楼会议室").param("regionCode", region).param("topic", "集体协商实务")
                        .param("description", "案例研讨"))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
    }

    private static String unique(String s) {
        return s + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private Coordinator saved(String region, String name) {
        Logins.runAs(users, "admin");
        try {
            return registry.create(Scope.province(), aCoordinator().inRegion(region).named(name).build());
        } finally {
            Logins.clear();
        }
    }

    @Test
    void a_city_session_is_seen_by_its_city_and_the_province_and_a_province_session_by_every_city() throws Exception {
        String haikouTitle = unique("海口交流会"), provinceTitle = unique("全省协调员交流会");
        long haikou = createSession("haikou", haikouTitle, "460100", LocalDate.now().minusDays(3));
        long province = createSession("admin", provinceTitle, "460000", LocalDate.now().minusDays(2));

        mvc.perform(get("/coordinators/exchange/{id}", haikou).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(get("/coordinators/exchange/{id}/edit", haikou).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(post("/coordinators/exchange/{id}/delete", haikou).with(Logins.as(users, "sanya")).with(csrf())
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/coordinators/exchange/{id}", haikou).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(haikouTitle)));
        // Sanya sees the province's session but may not change it.
        mvc.perform(get("/coordinators/exchange/{id}", province).with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(provinceTitle), not(containsString("edit-session")))));
        mvc.perform(get("/coordinators/exchange/{id}/edit", province).with(Logins.as(users, "sanya"))).andExpect(status().isForbidden());
        // A city cannot organize for another city.
        mvc.perform(post("/coordinators/exchange").with(Logins.as(users, "sanya")).with(csrf())
                        .param("title", "冒名活动").param("heldOn", "2026-10-01").param("mode", "ONSITE").param("place", "某地")
                        .param("regionCode", "460100").param("topic", "主题"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("您只能登记本辖区组织的活动")));

        mvc.perform(get("/coordinators/exchange").param("q", "交流会").with(Logins.as(users, "sanya")))
                .andExpect(content().string(allOf(containsString(provinceTitle), not(containsString(haikouTitle)))));
        byte[] xlsx = mvc.perform(get("/coordinators/exchange/export").with(Logins.as(users, "sanya")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = TestSheets.read(xlsx).values().iterator().next();
        assertThat(rows.get(0)).contains("活动名称", "组织地区");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains(provinceTitle));
        assertThat(rows).noneSatisfy(r -> assertThat(r).contains(haikouTitle));

        // Edit with a stale version is refused; then the owner deletes it.
        mvc.perform(post("/coordinators/exchange/{id}", haikou).with(Logins.as(users, "haikou")).with(csrf())
                        .param("title", haikouTitle + "改").param("heldOn", LocalDate.now().minusDays(3).toString()).param("mode", "ONLINE")
                        .param("place", "腾讯会议 123").param("regionCode", "460100").param("topic", "集体协商实务").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/coordinators/exchange/{id}", haikou).with(Logins.as(users, "haikou")).with(csrf())
                        .param("title", "过期版本").param("heldOn", "2026-10-01").param("mode", "ONLINE")
                        .param("place", "腾讯会议 123").param("regionCode", "460100").param("topic", "主题").param("version", "0"))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已被他人修改")));
        mvc.perform(post("/coordinators/exchange/{id}/delete", haikou).with(Logins.as(users, "haikou")).with(csrf())
                .param("version", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/coordinators/exchange/{id}", haikou).with(Logins.as(users, "admin"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM platform_audit_log WHERE entity_type = 'coordinator_exchange_session' AND entity_id = :id")
                .param("id", String.valueOf(haikou)).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void a_form_with_a_bad_date_and_no_title_names_both_fields_and_keeps_what_was_typed() throws Exception {
        mvc.perform(post("/coordinators/exchange").with(Logins.as(users, "haikou")).with(csrf())
                        .param("title", " ").param("heldOn", "2026/13/01").param("mode", "ONSITE").param("place", "保留的地点")
                        .param("regionCode", "460100").param("topic", "主题"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("活动名称不能为空"), containsString("活动日期应为“年-月-日”"),
                        containsString("保留的地点"))));
    }

    @Test
    void materials_are_checked_by_content_type_and_size_and_downloadable_within_scope() throws Exception {
        long id = createSession("haikou", unique("材料测试"), "460100", LocalDate.now().minusDays(1));
        byte[] pdf = "%PDF-1.4\n%测试\n".getBytes();
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id).file(new MockMultipartFile("file", "讲义.pdf", "application/pdf", pdf))
                .with(Logins.as(users, "haikou")).with(csrf())).andExpect(flash().attribute("message", "exchange.material.uploaded"));
        // A program renamed to .pdf, a text file, an oversized PDF: all refused with the reason.
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id)
                        .file(new MockMultipartFile("file", "伪装.pdf", "application/pdf", new byte[]{'M', 'Z', 0, 0, 1, 2}))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("exchangeErrors", List.of("文件“伪装.pdf”的内容不是扩展名所示的 PDF 格式，请检查后重新上传")));
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id)
                        .file(new MockMultipartFile("file", "说明.txt", "text/plain", "hello".getBytes()))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("exchangeErrors", List.of("文件“说明.txt”的类型不被接受，只接受 PDF、Word、Excel、PowerPoint、JPG、PNG 文件")));
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, 5);
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id).file(new MockMultipartFile("file", "大文件.pdf", "application/pdf", big))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("exchangeErrors", List.of("文件“大文件.pdf”超过 20 MB，不能上传")));
        // A Word document is a zip package with word/ parts; a zip that is not one is refused.
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id)
                        .file(new MockMultipartFile("file", "纪要.docx", "application/octet-stream", TestSheets.xlsx(List.of(List.of("x")))))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("exchangeErrors", List.of("文件“纪要.docx”的内容不是扩展名所示的 DOCX 格式，请检查后重新上传")));
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id)
                        .file(new MockMultipartFile("file", "签到表.xlsx", "application/octet-stream", TestSheets.xlsx(List.of(List.of("x")))))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(flash().attribute("message", "exchange.material.uploaded"));

        List<Long> ids = jdbc.sql("SELECT id FROM coordinator_exchange_material WHERE session_id = :s ORDER BY id").param("s", id)
                .query(Long.class).list();
        assertThat(ids).hasSize(2);
        byte[] back = mvc.perform(get("/coordinators/exchange/materials/{m}", ids.get(0)).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
        mvc.perform(get("/coordinators/exchange/materials/{m}", ids.get(0)).with(Logins.as(users, "sanya"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/coordinators/exchange/{id}/materials", id).file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
                .with(Logins.as(users, "sanya")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void attendance_with_hours_counts_as_training_hours_and_goes_when_the_attendance_goes() throws Exception {
        String title = unique("协调员沙龙");
        long id = createSession("haikou", title, "460100", LocalDate.now().minusDays(5));
        Coordinator k = saved("460100", unique("出席甲"));
        Coordinator sanya = saved("460200", unique("三亚丙"));

        mvc.perform(post("/coordinators/exchange/{id}/attendance", id).with(Logins.as(users, "haikou")).with(csrf())
                        .param("coordinatorId", String.valueOf(k.id())).param("attended", "true").param("hours", "3.5"))
                .andExpect(flash().attribute("message", "exchange.attendance.saved"));
        assertThat(hours(k)).isEqualByComparingTo("3.5");
        assertThat(trainings.of(k.id())).anySatisfy(t -> {
            assertThat(t.topic()).isEqualTo("学习交流：" + title);
            assertThat(t.hours()).isEqualByComparingTo("3.5");
            assertThat(t.subsidyEligible()).isFalse();
        });
        mvc.perform(get("/coordinators/{id}", k.id()).with(Logins.as(users, "haikou")))
                .andExpect(content().string(containsString("学习交流：" + title)));
        // The picker offers Haikou coordinators not yet listed, never Sanya's.
        mvc.perform(get("/coordinators/exchange/{id}/candidates", id).param("name", "三亚丙").with(Logins.as(users, "admin")))
                .andExpect(content().string(not(containsString(sanya.name()))));
        mvc.perform(post("/coordinators/exchange/{id}/attendance", id).with(Logins.as(users, "admin")).with(csrf())
                        .param("coordinatorId", String.valueOf(sanya.id())).param("attended", "true").param("hours", "2"))
                .andExpect(flash().attribute("exchangeErrors", List.of("协调员" + sanya.name() + "不属于本活动的组织地区，市县活动只登记本市县的协调员")));
        // Sanya cannot touch Haikou's list at all.
        mvc.perform(post("/coordinators/exchange/{id}/attendance", id).with(Logins.as(users, "sanya")).with(csrf())
                .param("coordinatorId", String.valueOf(sanya.id())).param("hours", "2")).andExpect(status().isNotFound());

        // Not attended after all: the hours go.
        mvc.perform(post("/coordinators/exchange/{id}/attendance", id).with(Logins.as(users, "haikou")).with(csrf())
                .param("coordinatorId", String.valueOf(k.id())).param("attended", "false"));
        assertThat(hours(k)).isEqualByComparingTo("0");
        mvc.perform(post("/coordinators/exchange/{id}/attendance", id).with(Logins.as(users, "haikou")).with(csrf())
                .param("coordinatorId", String.valueOf(k.id())).param("attended", "true").param("hours", "2"));
        assertThat(hours(k)).isEqualByComparingTo("2");
        mvc.perform(post("/coordinators/exchange/{id}/attendance/{c}/remove", id, k.id()).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(hours(k)).isEqualByComparingTo("0");

        // A session still to come takes invitations but no attendance.
        long future = createSession("haikou", unique("下月交流会"), "460100", LocalDate.now().plusDays(20));
        mvc.perform(post("/coordinators/exchange/{id}/attendance", future).with(Logins.as(users, "haikou")).with(csrf())
                        .param("coordinatorId", String.valueOf(k.id())).param("attended", "true").param("hours", "2"))
                .andExpect(flash().attribute("exchangeErrors", List.of("活动日期 " + LocalDate.now().plusDays(20) + " 尚未到，不能登记为已出席")));
    }

    @Test
    void attendance_is_imported_by_id_number_with_a_row_level_report_and_twice_changes_nothing() throws Exception {
        long id = createSession("haikou", unique("导入出席"), "460100", LocalDate.now().minusDays(1));
        Coordinator a = saved("460100", unique("导入出席甲"));
        Coordinator b = saved("460100", unique("导入出席乙"));
        Coordinator sanya = saved("460200", unique("导入三亚"));
        String idA = registry.find(Scope.province(), a.id()).orElseThrow().idNumber();
        String idSanya = registry.find(Scope.province(), sanya.id()).orElseThrow().idNumber();
        byte[] file = sheet(
                row(id, idA, null, "是", "3"),                          // 2 ok by ID number
                row(id, null, b.id(), "否", null),                      // 3 ok by coordinator id, not attended
                row(id, idSanya, null, "是", "2"),                      // 4 Sanya's coordinator: outside Haikou's scope
                row(id, "460100199001011230", null, "是", "2"),          // 5 bad check digit
                row(id, idA.substring(0, 17) + "9", null, "也许", "2"),  // 6 bad attended value (and maybe id)
                row(999_999_999L, idA, null, "是", "30"));              // 7 unknown session, too many hours
        long job = upload(file);
        Map<String, Object> j = job(job);
        assertThat(j).containsEntry("status", "VALIDATED").containsEntry("valid_rows", 2);
        List<String> errors = errors(job);
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("4|身份证号码|").contains("不在您的辖区"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("5|身份证号码|"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("6|是否出席|是否出席应为“是”或“否”"));
        assertThat(errors).anySatisfy(e -> assertThat(e).isEqualTo("7|学时|学时应在 0 到 24 之间"));
        commit(job);
        assertThat(job(job)).containsEntry("status", "COMMITTED").containsEntry("inserted_rows", 2);
        assertThat(hours(a)).isEqualByComparingTo("3");

        long again = upload(sheet(row(id, idA, null, "是", "3"), row(id, null, b.id(), "否", null)));
        commit(again);
        assertThat(job(again)).containsEntry("inserted_rows", 0).containsEntry("updated_rows", 0).containsEntry("unchanged_rows", 2);
        mvc.perform(get("/imports/exchange-attendance/template.xlsx").with(Logins.as(users, "haikou"))).andExpect(status().isOk());
    }

    private BigDecimal hours(Coordinator c) {
        return search.page(Scope.province(), new CoordinatorFilter(c.name(), null, null, null, null, null), 1)
                .rows().get(0).trainingHours();
    }

    private static List<Object> row(long session, String idNumber, Long coordinatorId, String attended, String hours) {
        return new ArrayList<>(Arrays.asList(session, idNumber, coordinatorId, attended, hours));
    }

    private static byte[] sheet(List<?>... rows) {
        List<List<?>> all = new ArrayList<>();
        all.add(List.of("活动编号", "身份证号码", "协调员编号", "是否出席", "学时"));
        all.addAll(Arrays.asList(rows));
        return TestSheets.xlsx(all);
    }

    private long upload(byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/imports/exchange-attendance")
                        .file(new MockMultipartFile("file", "出席名单.xlsx", "application/octet-stream", bytes))
                        .with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/imports/".length()));
    }

    private void commit(long job) throws Exception {
        mvc.perform(post("/imports/{id}/commit", job).with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private Map<String, Object> job(long id) {
        return jdbc.sql("SELECT * FROM platform_import_job WHERE id = :id").param("id", id).query().singleRow();
    }

    private List<String> errors(long id) {
        return jdbc.sql("SELECT row_number || '|' || column_name || '|' || reason FROM platform_import_error WHERE job_id = :id ORDER BY row_number, column_index")
                .param("id", id).query(String.class).list();
    }
}
