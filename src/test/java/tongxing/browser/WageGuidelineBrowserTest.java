package tongxing.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.wage.guideline.SurveyData;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.wage.guideline.SurveyData.times;

class WageGuidelineBrowserTest extends BrowserTest {

    static final int YEAR = 2093;

    @Autowired JdbcClient jdbc;

    private void acceptConfirm() {
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void provinceAdminPublishesThePublicSeesTheOccupationAndTheEnterpriseDownloadsItsReport() throws Exception {
        SurveyData data = SurveyData.year(jdbc, YEAR);
        data.enterprise("91460100MA5T00001L", "460100", "H", "SMALL", "159").pays("4-03-01-01", 48000, 50000, 52000);
        data.enterprise("460100", "H").pays("4-03-01-01", times(14, 61000));
        data.enterprise("460100", "H").pays("4-03-01-01", times(14, 69000));

        logIn("admin");
        open("/wage/guidelines");
        driver.findElement(By.id("compute-year")).sendKeys(String.valueOf(YEAR));
        driver.findElement(By.id("compute-button")).click();
        acceptConfirm();
        waitFor(By.id("review-button")).click();
        waitFor(By.id("publish-button")).click();
        acceptConfirm();
        wait.until(ExpectedConditions.textToBe(By.id("edition-status"), "已发布"));

        open("/wage/feedback?year=" + YEAR);
        driver.findElement(By.id("generate-button")).click();
        acceptConfirm();
        // the progress card polls itself (htmx); rendering on a loaded machine can take a while
        waitUpTo(java.time.Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-progress"), "已完成"));
        driver.manage().deleteAllCookies();

        open("/public/wage-guidelines?year=" + YEAR + "&q=4-03");
        assertThat(textOf(By.id("guideline-table"))).contains("4-03-01-01", "61,000");
        assertThat(driver.findElements(By.cssSelector("#guideline-chart canvas"))).isNotEmpty();

        logIn("enterprise");
        open("/wage/feedback");
        waitFor(By.cssSelector("#my-reports .report-download")).click();
        Path pdf = awaitDownload(".pdf");
        wait.until(d -> {
            try {
                return Files.size(pdf) > 0;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(YEAR + "年度企业薪酬调查反馈报告", "91460100MA5T00001L", "50000", "海口市·住宿和餐饮业");
        }
    }
}
