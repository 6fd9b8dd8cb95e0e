package tongxing.wage.feedback;

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
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.SurveyData;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.wage.guideline.SurveyData.times;

/** 导出反馈报告送达情况: one row per accepted enterprise within the caller's scope, with its delivery, audited. */
@TongxingTest
@AutoConfigureMockMvc
class FeedbackExportTest {

    static final int YEAR = 2095;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired FeedbackReports reports;
    @Autowired UserDetailsService users;

    static SurveyData.Ent downloaded, notGenerated, emailed;

    @BeforeEach
    void generateOnce() {
        if (downloaded != null) return;
        SurveyData data = SurveyData.year(jdbc, YEAR);
        downloaded = data.enterprise("460100", "H").pays("4-03-01-01", times(12, 60000));
        SurveyData.Ent sent = data.enterprise("460100", "H").pays("4-03-01-01", times(12, 62000));
        emailed = data.enterprise("460200", "H").pays("4-03-01-01", times(12, 70000));
        Logins.runAs(users, "admin");
        Edition draft = editions.computeDraft(YEAR);
        editions.submitForReview(draft.id());
        editions.publish(draft.id());
        reports.generateNow(YEAR);
        Logins.clear();
        // accepted after the batch: no report yet
        notGenerated = data.enterprise("460100", "H").pays("4-03-01-01", 61000);
        jdbc.sql("UPDATE wage_feedback_report SET first_downloaded_at = now(), first_downloaded_by = 'hr' WHERE survey_enterprise_id = :e")
                .param("e", downloaded.id).update();
        jdbc.sql("UPDATE wage_feedback_report SET email = 'hr@sanya.example.cn', emailed_at = now(), sent_at = now() WHERE survey_enterprise_id = :e")
                .param("e", emailed.id).update();
        jdbc.sql("UPDATE wage_feedback_report SET email = 'hr@haikou.example.cn', emailed_at = now() WHERE survey_enterprise_id = :e")
                .param("e", sent.id).update();
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void a_city_bureau_exports_the_delivery_of_its_own_enterprises_only_including_those_without_a_report() throws Exception {
        long auditBefore = lastAuditId();
        MockHttpServletResponse response = mvc.perform(get("/wage/feedback/export").param("year", String.valueOf(YEAR))
                        .with(Logins.as(users, "haikou")))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("wage-feedback-2095_");
        List<Row> rows = read(response.getContentAsByteArray());
        assertThat(rows.get(0).getCellText(1)).isEqualTo("统一社会信用代码");
        assertThat(rows.get(0).getCellText(4)).isEqualTo("送达状态");
        Map<String, Row> byUscc = byUscc(rows);
        assertThat(byUscc).containsOnlyKeys(downloaded.uscc, notGenerated.uscc, sentUscc());
        assertThat(byUscc.values()).allSatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("海口市"));
        assertThat(byUscc.get(downloaded.uscc).getCellText(4)).isEqualTo("已送达（企业已下载）");
        assertThat(byUscc.get(downloaded.uscc).getCellText(7)).isEqualTo("hr");
        assertThat(byUscc.get(notGenerated.uscc).getCellText(4)).isEqualTo("未生成");
        assertThat(byUscc.get(notGenerated.uscc).getCellText(5)).isEmpty();
        assertThat(byUscc.get(sentUscc()).getCellText(4)).isEqualTo("邮件待发送");
        assertThat(byUscc.get(sentUscc()).getCellText(8)).isEqualTo("hr@haikou.example.cn");

        Map<String, Object> audit = jdbc.sql("""
                        SELECT entity_type, summary, after_data::text AS details FROM platform_audit_log
                        WHERE id > :after AND action = 'EXPORT' AND username = 'haikou'""")
                .param("after", auditBefore).query().singleRow();
        assertThat(audit.get("entity_type")).isEqualTo("wage_feedback_report");
        assertThat((String) audit.get("summary")).contains("2095 年反馈报告送达情况 3 条");
        assertThat((String) audit.get("details")).contains("\"year\": 2095", "\"rows\": 3");
    }

    @Test
    void the_province_filters_by_region_and_an_enterprise_may_not_export() throws Exception {
        byte[] xlsx = mvc.perform(get("/wage/feedback/export").param("year", String.valueOf(YEAR)).param("region", "460200")
                        .with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, Row> byUscc = byUscc(read(xlsx));
        assertThat(byUscc).containsOnlyKeys(emailed.uscc);
        assertThat(byUscc.get(emailed.uscc).getCellText(4)).isEqualTo("已送达（邮件）");

        mvc.perform(get("/wage/feedback/export").param("year", String.valueOf(YEAR)).with(Logins.as(users, "enterprise")))
                .andExpect(status().isForbidden());
        String page = mvc.perform(get("/wage/feedback").param("year", String.valueOf(YEAR)).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"feedback-export\"", "/wage/feedback/export?year=2095");
    }

    private String sentUscc() {
        return jdbc.sql("""
                        SELECT e.uscc FROM wage_feedback_report f JOIN wage_survey_enterprise e ON e.id = f.survey_enterprise_id
                        WHERE e.year = :y AND f.email = 'hr@haikou.example.cn'""")
                .param("y", YEAR).query(String.class).single().trim();
    }

    private long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM platform_audit_log").query(Long.class).single();
    }

    private static Map<String, Row> byUscc(List<Row> rows) {
        Map<String, Row> out = new java.util.LinkedHashMap<>();
        for (Row r : rows.subList(1, rows.size())) out.put(r.getCellText(1), r);
        return out;
    }

    private static List<Row> read(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getFirstSheet().read();
        }
    }
}
