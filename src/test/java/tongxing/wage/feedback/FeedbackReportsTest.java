package tongxing.wage.feedback;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.platform.notification.OutboxDelivery;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.SurveyData;

import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.wage.guideline.SurveyData.times;

@TongxingTest
@AutoConfigureMockMvc
class FeedbackReportsTest {

    static final int YEAR = 2092;
    static final String DEMO_USCC = "91460100MA5T00001L";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired FeedbackReports reports;
    @Autowired OutboxDelivery delivery;
    @Autowired UserDetailsService users;

    static long demoReport;
    static long otherReport;

    @BeforeEach
    void generateOnce() {
        if (demoReport != 0) return;
        SurveyData data = SurveyData.year(jdbc, YEAR);
        // the demo enterprise (海口, 住宿和餐饮业): own median 51000 for 4-03-01-01; 2-02-01-01 has no market cell
        data.enterprise(DEMO_USCC, "460100", "H", "SMALL", "159").pays("4-03-01-01", 50000, 52000).pays("2-02-01-01", 99000);
        data.enterprise("460100", "H").pays("4-03-01-01", times(14, 60000));
        data.enterprise("460100", "H").pays("4-03-01-01", times(14, 70000));
        SurveyData.Ent other = data.enterprise("460200", "H").pays("4-03-01-01", times(5, 65000));
        Logins.runAs(users, "admin");
        Edition draft = editions.computeDraft(YEAR);
        editions.submitForReview(draft.id());
        editions.publish(draft.id());
        FeedbackBatch batch = reports.generateNow(YEAR);
        assertThat(batch.status()).isEqualTo("FINISHED");
        assertThat(batch.total()).isEqualTo(4);
        assertThat(batch.done()).isEqualTo(4);
        demoReport = jdbc.sql("SELECT id FROM wage_feedback_report WHERE year = :y AND uscc = :u").param("y", YEAR)
                .param("u", DEMO_USCC).query(Long.class).single();
        otherReport = jdbc.sql("SELECT id FROM wage_feedback_report WHERE survey_enterprise_id = :e").param("e", other.id)
                .query(Long.class).single();
        Logins.clear();
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void theEnterpriseDownloadsItsOwnReportWithItsChineseFiguresAndTheClosestMarketCell() throws Exception {
        byte[] pdf = mvc.perform(get("/wage/feedback/reports/" + demoReport + ".pdf").with(Logins.as(users, "enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("2092年度企业薪酬调查反馈报告", DEMO_USCC, "4-03-01-01", "51000",
                "海口市·住宿和餐饮业", "暂无可公布的市场数据", "低于市场P25");
        // market of 海口·H for 4-03-01-01: 50000, 52000, 14 × 60000, 14 × 70000 → ranks 8.25, 15.5, 22.75
        // → P25 60000, P50 60000, P75 70000
        assertThat(text).contains("4-03-01-01 2 51000 51000 60000 60000 70000 海口市·住宿和餐饮业 低于市场P25");
        assertThat(text).contains("对比基准：2092年海南省企业薪酬调查工资价位（2092年第1版）");
        assertThat(jdbc.sql("SELECT first_downloaded_by FROM wage_feedback_report WHERE id = :id").param("id", demoReport)
                .query(String.class).single()).isEqualTo("enterprise");
    }

    @Test
    void anEnterpriseGets404ForAnotherEnterprisesReportAndACityOnlyItsRegion() throws Exception {
        mvc.perform(get("/wage/feedback/reports/" + otherReport + ".pdf").with(Logins.as(users, "enterprise")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/wage/feedback/reports/" + demoReport + ".pdf").with(Logins.as(users, "sanya")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/wage/feedback/reports/" + demoReport + ".pdf").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/wage/feedback").with(Logins.as(users, "enterprise")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-report=\"" + demoReport + "\"").doesNotContain("data-report=\"" + otherReport + "\"");
    }

    @Test
    void aReportEmailedThroughTheOutboxCountsAsDeliveredInTheIndicator() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            mvc.perform(post("/wage/feedback/reports/" + otherReport + "/email").param("email", "hr@sanya-hotel.example.cn")
                            .param("year", String.valueOf(YEAR)).with(csrf()).with(Logins.as(users, "admin")))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post("/wage/feedback/reports/" + otherReport + "/email").param("email", "not-an-address")
                            .param("year", String.valueOf(YEAR)).with(csrf()).with(Logins.as(users, "admin")))
                    .andExpect(status().isBadRequest());
            JavaMailSenderImpl mailer = new JavaMailSenderImpl();
            mailer.setHost("127.0.0.1");
            mailer.setPort(port);
            delivery.deliverDue(mailer);

            var mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return "hr@sanya-hotel.example.cn".equals(m.getAllRecipients()[0].toString());
                        } catch (Exception e) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
            assertThat(mail.getSubject()).isEqualTo("2092年度企业薪酬调查反馈报告");
            assertThat(((MimeMultipart) mail.getContent()).getCount()).isEqualTo(2);
        } finally {
            smtp.stop();
        }
        List<FeedbackReports.RegionFigure> figures = reports.indicator(Scope.province(), YEAR);
        FeedbackReports.RegionFigure sanya = figures.stream().filter(f -> f.regionCode().equals("460200")).findFirst().orElseThrow();
        assertThat(sanya.accepted()).isEqualTo(1);
        assertThat(sanya.sent()).isEqualTo(1);
        assertThat(sanya.percent()).isEqualTo(100);
        String page = mvc.perform(get("/wage/feedback").param("year", String.valueOf(YEAR)).with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("feedback-indicator", "三亚市");
    }
}
