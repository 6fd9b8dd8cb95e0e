package tongxing.wage.publication;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.support.Logins;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.SurveyData;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.wage.guideline.SurveyData.times;

@TongxingTest
@AutoConfigureMockMvc
class PublicGuidelinesTest {

    static final int YEAR = 2091;
    static final String KEY = "tx_demo_market_regulation_key";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Editions editions;
    @Autowired UserDetailsService users;

    @BeforeEach
    void publishOnce() {
        if (editions.latestPublished(YEAR).isPresent()) return;
        SurveyData data = SurveyData.year(jdbc, YEAR);
        // 4-03-01-01 is publishable (3 enterprises, 30 employees, median 60000);
        // 4-01-01-01 has 2 enterprises only, with the tell-tale pays 41111 and 41112 that must never leave the server
        // (in the larger cells "4" and "*" they fall below P10, so no published figure equals them)
        data.enterprise("460200", "H").pays("4-03-01-01", times(10, 58000)).pays("4-01-01-01", 41111);
        data.enterprise("460200", "H").pays("4-03-01-01", times(10, 60000)).pays("4-01-01-01", 41112);
        data.enterprise("460200", "H").pays("4-03-01-01", times(10, 62000));
        Logins.runAs(users, "admin");
        Edition draft = editions.computeDraft(YEAR);
        editions.submitForReview(draft.id());
        editions.publish(draft.id());
        Logins.clear();
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void theDemoDataPublishesItsSurveyYearSoThePublicPageHasFiguresOnAFreshStart() {
        Edition demo = editions.latestPublished(tongxing.demo.DemoWage.YEAR).orElseThrow();
        assertThat(demo.cells()).isGreaterThan(0);
        assertThat(jdbc.sql("SELECT count(*) FROM wage_guideline_cell WHERE edition_id = :id AND p50 IS NOT NULL")
                .param("id", demo.id()).query(Integer.class).single()).isGreaterThan(0);
    }

    @Test
    void thePublicPageShowsPublishedFiguresWithoutLoginAndNeverASuppressedValue() throws Exception {
        String html = mvc.perform(get("/public/wage-guidelines").param("year", String.valueOf(YEAR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("4-03-01-01", "60,000", "58,000", "percentile_cont", "不予公布", "4-01-01-01");
        assertThat(html).doesNotContain("41,111").doesNotContain("41111").doesNotContain("41,112").doesNotContain("41112");
    }

    @Test
    void theSearchFindsAnOccupationByCodeAndFiltersCombineOnlyIndustryWithRegion() throws Exception {
        String html = mvc.perform(get("/public/wage-guidelines").param("year", String.valueOf(YEAR)).param("q", "4-03")
                        .param("region", "460200").param("industry", "H"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("4-03-01-01").doesNotContain("data-occupation=\"4-01-01-01\"");

        String invalid = mvc.perform(get("/public/wage-guidelines").param("year", String.valueOf(YEAR))
                        .param("size", "SMALL").param("region", "460200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("filter-error", "筛选条件只能单独使用");
    }

    @Test
    void theApiAnswersPagedJsonAndASuppressedCellHasNoFigures() throws Exception {
        mvc.perform(get("/api/v1/wage/guidelines").param("year", String.valueOf(YEAR)).param("occupation", "4-0")
                        .header("X-Api-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(YEAR))
                .andExpect(jsonPath("$.dimension").value("PROVINCE"))
                .andExpect(jsonPath("$.items[?(@.occupationCode == '4-03-01-01')].p50").value(60000.0))
                .andExpect(jsonPath("$.items[?(@.occupationCode == '4-01-01-01')].suppressed").value(true))
                .andExpect(jsonPath("$.items[?(@.occupationCode == '4-01-01-01')].p50").value(org.hamcrest.Matchers.contains((Object) null)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("41111"))));
        mvc.perform(get("/api/v1/wage/guidelines").param("year", String.valueOf(YEAR))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/wage/guidelines").param("year", "1999").header("X-Api-Key", KEY)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/wage/guidelines").param("year", String.valueOf(YEAR)).param("sizeClass", "SMALL")
                .param("keyGroup", "LOW_INCOME").header("X-Api-Key", KEY)).andExpect(status().isBadRequest());
    }

    @Test
    void theExcelDownloadHasThePublishedFiguresAndNoSuppressedValue() throws Exception {
        byte[] xlsx = mvc.perform(get("/public/wage-guidelines.xlsx").param("year", String.valueOf(YEAR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            text = wb.getFirstSheet().openStream().map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue())
                    .collect(Collectors.joining("|"))).collect(Collectors.joining("\n"));
        }
        assertThat(text).contains("4-03-01-01", "60000", "样本不足，不予公布").doesNotContain("41111");
    }

    @Test
    void thePdfDownloadHasThePublishedFiguresAndNoSuppressedValue() throws Exception {
        byte[] pdf = mvc.perform(get("/public/wage-guidelines.pdf").param("year", String.valueOf(YEAR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("4-03-01-01", "60000.00", "不予公布").doesNotContain("41111");
    }

    @Test
    void withoutAPublishedEditionThePublicPageSaysSo() throws Exception {
        mvc.perform(get("/public/wage-guidelines").param("year", "2001"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("no-edition")));
    }
}
