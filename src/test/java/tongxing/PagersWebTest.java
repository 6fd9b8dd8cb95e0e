package tongxing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.monitoring.clues.ClueData;
import tongxing.monitoring.clues.Clues;
import tongxing.platform.security.CurrentUser;
import tongxing.support.Logins;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.support.Logins.as;

/** The lists of the programs page the same way as the registry: numbered pages, the current one marked. */
@TongxingTest
@AutoConfigureMockMvc
class PagersWebTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Clues clues;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    static final String HAIKOU_ENTERPRISE = "91460100MA5T00001L";

    @Test
    void theClueListOffersNumberedPagesLoadedByHtmx() {
        // 21 more clues than Haikou had: at least two pages. Rolled back, so the shared database keeps its clues.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Logins.runAs(users, "haikou");
            CurrentUser haikou = CurrentUser.require();
            for (int i = 0; i < 21; i++) {
                clues.create(haikou, new ClueData(null, HAIKOU_ENTERPRISE, "分页测试线索 " + i, null, haikou.id(), LocalDate.now().plusDays(7)));
            }
            Logins.clear();
            String html = page("haikou", "/monitoring/clues");
            assertThat(html).contains("hx-get=\"/monitoring/clues?page=1\" aria-current=\"page\">1</a>",
                    "hx-get=\"/monitoring/clues?page=2\">2</a>").doesNotContain("1 / ");
            tx.setRollbackOnly();
        });
    }

    @Test
    void theImportHistoryOffersNumberedPages() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (int i = 0; i < 21; i++) {
                jdbc.sql("INSERT INTO platform_import_job (kind, file_name, username, status) VALUES ('enterprise', :f, 'admin', 'CANCELLED')")
                        .param("f", "分页测试" + i + ".csv").update();
            }
            assertThat(page("/imports")).contains("aria-current=\"page\">1</a>", "href=\"/imports?page=2\">2</a>")
                    .doesNotContain("第 1 页");
            tx.setRollbackOnly();
        });
    }

    @Test
    void theSurveyReturnsOfferNumberedPagesKeepingTheFilter() {
        String html = page("/wage/returns?year=2025");
        assertThat(html).contains("href=\"/wage/returns?year=2025&amp;page=2\">2</a>",
                "aria-current=\"page\">1</a>").doesNotContain("1 / ");
        assertThat(page("/wage/returns?year=2025&page=2")).contains("aria-current=\"page\">2</a>");
    }

    @Test
    void theFeedbackReportsCountPagesFromZeroAndOfferNumberedPages() {
        // 55 reports of a survey year of their own: two pages of 50. Rolled back.
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO wage_survey (year, opened_by) VALUES (2001, 'test')").update();
            long edition = jdbc.sql("""
                            INSERT INTO wage_guideline_edition (year, edition_no, min_enterprises, min_employees, max_share, low_income_rule,
                                records, enterprises, cells, suppressed, computed_by) VALUES (2001, 1, 3, 10, 0.5, 'test', 0, 0, 0, 0, 'test')
                            RETURNING id""").query(Long.class).single();
            for (int i = 0; i < 55; i++) {
                String uscc = tongxing.support.TestEnterprises.freshUscc("460100");
                long enterprise = jdbc.sql("INSERT INTO wage_survey_enterprise (year, uscc, region_code) VALUES (2001, :u, '460100') RETURNING id")
                        .param("u", uscc).query(Long.class).single();
                jdbc.sql("""
                                INSERT INTO wage_feedback_report (year, survey_enterprise_id, uscc, region_code, edition_id, pdf)
                                VALUES (2001, :e, :u, '460100', :edition, '\\x00')""")
                        .param("e", enterprise).param("u", uscc).param("edition", edition).update();
            }
            String first = page("/wage/feedback?year=2001");
            assertThat(first).contains("aria-current=\"page\">1</a>", "href=\"/wage/feedback?year=2001&amp;region=&amp;page=1\">2</a>")
                    .doesNotContain("1 / 2");
            assertThat(page("/wage/feedback?year=2001&page=1")).contains("aria-current=\"page\">2</a>",
                    "href=\"/wage/feedback?year=2001&amp;region=&amp;page=0\">1</a>");
            tx.setRollbackOnly();
        });
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private String page(String url) {
        return page("admin", url);
    }

    private String page(String user, String url) {
        try {
            return mvc.perform(get(url).with(as(users, user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
