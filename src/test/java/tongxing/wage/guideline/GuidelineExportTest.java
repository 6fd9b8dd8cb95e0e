package tongxing.wage.guideline;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.wage.guideline.SurveyData.times;

/** 导出工资价位版本: a draft's cells with sample sizes and suppression reasons, for staff only, audited. */
@TongxingTest
@AutoConfigureMockMvc
class GuidelineExportTest {

    static final int YEAR = 2096;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired UserDetailsService users;

    static long draft;

    @BeforeEach
    void computeOnce() {
        if (draft != 0) return;
        SurveyData data = SurveyData.year(jdbc, YEAR);
        // Haikou: three enterprises, 30 employees → published; Sanya: one enterprise → suppressed
        data.enterprise("460100", "H").pays("4-03-01-01", 50000, 52000);
        data.enterprise("460100", "H").pays("4-03-01-01", times(14, 60000));
        data.enterprise("460100", "H").pays("4-03-01-01", times(14, 70000));
        data.enterprise("460200", "H").pays("4-03-01-01", times(5, 65000));
        Logins.runAs(users, "admin");
        draft = editions.computeDraft(YEAR).id();
        Logins.clear();
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void staff_export_a_draft_with_its_percentiles_sample_sizes_and_the_reason_a_cell_is_not_published() throws Exception {
        long auditBefore = lastAuditId();
        MockHttpServletResponse response = mvc.perform(get("/wage/guidelines/" + draft + "/export").param("region", "460100")
                        .param("q", "4-03-01-01").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("wage-guideline-2096-1_");
        List<Row> rows = read(response.getContentAsByteArray());
        assertThat(rows.get(0).getCellText(0)).isEqualTo("职业代码");
        assertThat(rows.get(0).getCellText(7)).isEqualTo("P50（中位数）");
        assertThat(rows.get(0).getCellText(12)).isEqualTo("不予公布原因");
        assertThat(rows).hasSize(2);
        Row haikou = rows.get(1);
        // 50000, 52000, 14 × 60000, 14 × 70000: P25 = P50 = 60000, P75 = 70000
        assertThat(haikou.getCellText(0)).isEqualTo("4-03-01-01");
        assertThat(haikou.getCellText(2)).isEqualTo("海口市");
        assertThat(haikou.getCellText(3)).isEqualTo("30");
        assertThat(haikou.getCellText(4)).isEqualTo("3");
        assertThat(haikou.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("60000");
        assertThat(haikou.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("70000");
        assertThat(haikou.getCellText(12)).isEmpty();

        Row sanya = read(mvc.perform(get("/wage/guidelines/" + draft + "/export").param("region", "460200")
                        .param("q", "4-03-01-01").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).get(1);
        assertThat(sanya.getCellText(0)).isEqualTo("4-03-01-01");
        assertThat(sanya.getCellText(7)).isEmpty();
        assertThat(sanya.getCellText(12)).isNotEmpty();

        Map<String, Object> audit = jdbc.sql("""
                        SELECT entity_type, summary, after_data::text AS details FROM platform_audit_log
                        WHERE id > :after AND action = 'EXPORT' AND username = 'haikou'""")
                .param("after", auditBefore).query().singleRow();
        assertThat(audit.get("entity_type")).isEqualTo("wage_guideline_edition");
        assertThat((String) audit.get("summary")).contains("工资价位 2096年第1版（草稿，海口市）", "1 条");
        assertThat((String) audit.get("details")).contains("\"status\": \"DRAFT\"", "\"region\": \"460100\"");
    }

    @Test
    void an_enterprise_may_not_export_and_a_filter_that_cannot_be_combined_is_refused_with_its_reason() throws Exception {
        mvc.perform(get("/wage/guidelines/" + draft + "/export").with(Logins.as(users, "enterprise")))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(get("/wage/guidelines/" + draft + "/export").param("region", "460100").param("size", "SMALL")
                        .with(Logins.as(users, "admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("筛选条件只能单独使用");
        String page = mvc.perform(get("/wage/guidelines/" + draft).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"edition-export\"", "/wage/guidelines/" + draft + "/export");
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
