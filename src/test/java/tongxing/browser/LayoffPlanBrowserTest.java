package tongxing.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LayoffPlanBrowserTest extends BrowserTest {

    @Test
    void enterpriseReportsAPlanTheCityReturnsItTheEnterpriseCorrectsItAndTheCityAcceptsItAndDownloadsTheOpinion() throws Exception {
        logIn("enterprise");
        open("/monitoring/layoff-plans");
        driver.findElement(By.id("create-plan")).click();
        waitFor(By.id("plan-form"));
        LocalDate layoffOn = LocalDate.now().plusDays(40);
        new Select(driver.findElement(By.id("grounds"))).selectByValue("SERIOUS_DIFFICULTY");
        driver.findElement(By.id("workforce")).sendKeys("260");
        date("layoffOn", layoffOn);
        date("explainedOn", LocalDate.now().minusDays(1));
        date("reportedOn", LocalDate.now());
        driver.findElement(By.id("fundsAvailable")).sendKeys("5000");
        click(driver.findElement(By.id("save-plan")));
        waitFor(By.id("employee-form"));
        assertThat(driver.findElement(By.id("plan-status")).getText()).contains("草稿");

        addEmployee("张三", "11010519491231002X", "2020-01-01", "6000");
        addEmployee("李四", "460100198001010014", "2018-03-01", "5500");
        assertThat(driver.findElement(By.id("employee-table")).getText()).contains("张三", "1101**********002X").doesNotContain("11010519491231002X");
        assertThat(driver.findElement(By.id("ability")).getText()).contains("资金缺口");

        click(driver.findElement(By.id("submit-plan")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已报告待审查"));
        String planUrl = driver.getCurrentUrl();
        logOut();

        logIn("haikou");
        driver.get(planUrl);
        waitFor(By.id("review-form"));
        click(driver.findElement(By.id("conclusion-returned")));
        driver.findElement(By.id("opinion")).sendKeys("请补充填写裁员岗位。");
        click(driver.findElement(By.id("review-submit")));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "草稿"));
        logOut();

        logIn("enterprise");
        driver.get(planUrl);
        assertThat(textOf(By.id("returned-opinion"))).contains("退回整改", "请补充填写裁员岗位");
        click(driver.findElement(By.id("edit-plan")));
        waitFor(By.id("plan-form"));
        driver.findElement(By.id("positions")).sendKeys("包装工");
        click(driver.findElement(By.id("save-plan")));
        waitFor(By.id("employee-form"));
        click(driver.findElement(By.id("submit-plan")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已报告待审查"));
        assertThat(driver.findElement(By.id("returned-opinion")).getText()).contains("曾被退回");
        logOut();

        logIn("haikou");
        driver.get(planUrl);
        waitFor(By.id("review-form"));
        click(driver.findElement(By.id("conclusion-accepted")));
        driver.findElement(By.id("opinion")).sendKeys("方案符合规定，请落实经济补偿资金后依法实施。");
        click(driver.findElement(By.id("review-submit")));
        wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "已审查"));
        assertThat(driver.findElement(By.id("review-opinion")).getText()).contains("落实经济补偿资金");

        click(driver.findElement(By.id("opinion-pdf")));
        Path pdf = awaitDownload(".pdf");
        wait.until(d -> {
            try {
                return Files.size(pdf) > 0 && !Files.exists(Path.of(pdf + ".crdownload"));
            } catch (Exception e) {
                return false;
            }
        });
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("裁员方案指导意见书", "海南椰风食品有限公司", "经济补偿合计", "落实经济补偿资金");
        }
    }

    private void addEmployee(String name, String id, String hired, String wage) {
        WebElement form = waitFor(By.id("employee-form"));
        form.findElement(By.id("name")).sendKeys(name);
        form.findElement(By.id("idNumber")).sendKeys(id);
        setDate("hireDate", hired);
        form.findElement(By.id("averageWage")).sendKeys(wage);
        click(form.findElement(By.id("add-employee")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("employee-table"), name));
    }


    private void date(String id, LocalDate d) {
        setDate(id, d.toString());
    }

    /** Date inputs take their value through the DOM, independent of the browser's locale. */
    private void setDate(String id, String iso) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }
}
