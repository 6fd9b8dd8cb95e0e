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
