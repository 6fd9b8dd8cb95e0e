package tongxing.enterprise.web;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;
import static tongxing.support.TestEnterprises.anEnterprise;

@TongxingTest
@AutoConfigureMockMvc
class EnterpriseExportWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;
    @Autowired JdbcClient jdbc;

    @Test
    void a_sanya_users_export_holds_only_sanya_rows_with_masked_phones_and_is_audited() throws Exception {
        String marker = RegistryFixture.marker();
        Enterprise sanya = RegistryFixture.register(registry, users, anEnterprise().inRegion("460200")
                .named("三亚" + marker + "导出测试有限公司").withPhone("13755556666"));
        Enterprise haikou = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + marker + "导出测试有限公司"));
        long auditBefore = lastAuditId();

        MockHttpServletResponse response = mvc.perform(get("/enterprises/export").param("region", "460100")
                        .with(as(users, "sanya")))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"enterprises_\\d{8}\\.xlsx\"; filename\\*=UTF-8''%E4%BC%81%E4%B8%9A%E5%BA%93_\\d{8}\\.xlsx");
        List<Row> rows = read(response.getContentAsByteArray());
        assertThat(rows.get(0).getCellText(0)).isEqualTo("统一社会信用代码");
        assertThat(rows.get(0).getCellText(2)).isEqualTo("所属市县");
        List<Row> data = rows.subList(1, rows.size());
        assertThat(data).isNotEmpty();
        assertThat(data).allSatisfy(r -> assertThat(r.getCellText(2)).isEqualTo("三亚市"));
        assertThat(data).extracting(r -> r.getCellText(0)).contains(sanya.uscc()).doesNotContain(haikou.uscc());
        Row mine = data.stream().filter(r -> r.getCellText(0).equals(sanya.uscc())).findFirst().orElseThrow();
        assertThat(mine.getCellText(12)).isEqualTo("137****6666");
        assertThat(data).allSatisfy(r -> assertThat(r.getCellText(12)).matches("|\\d{3}\\*{4}\\d{4}"));

        Map<String, Object> audit = jdbc.sql("""
                        SELECT action, username, entity_type, summary, after_data::text AS details FROM platform_audit_log
                        WHERE id > :after AND action = 'EXPORT' AND username = 'sanya'""")
                .param("after", auditBefore).query().singleRow();
        assertThat(audit.get("entity_type")).isEqualTo("enterprise");
        assertThat((String) audit.get("summary")).contains("导出企业库 " + data.size() + " 条");
        assertThat((String) audit.get("details")).contains("\"rows\": " + data.size());
    }

    @Test
    void the_export_follows_the_filter() throws Exception {
        String marker = RegistryFixture.marker();
        Enterprise hotel = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + marker + "酒店有限公司").inIndustry("61"));
        RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + marker + "商贸有限公司").inIndustry("52"));

        byte[] xlsx = mvc.perform(get("/enterprises/export").param("name", marker).param("section", "H")
                        .with(as(users, "admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<Row> rows = read(xlsx);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getCellText(0)).isEqualTo(hotel.uscc());
        assertThat(rows.get(1).getCellText(1)).isEqualTo(hotel.name());
        assertThat(rows.get(1).getCellText(5)).isEqualTo("小型");
    }

    @Test
    void english_users_get_english_headers() throws Exception {
        byte[] xlsx = mvc.perform(get("/enterprises/export").param("uscc", "NOSUCHCODE").param("lang", "en")
                        .with(as(users, "admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Row> rows = read(xlsx);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getCellText(1)).isEqualTo("Enterprise name");
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM platform_audit_log").query(Long.class).single();
    }

    private static List<Row> read(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().read();
        }
    }
}
