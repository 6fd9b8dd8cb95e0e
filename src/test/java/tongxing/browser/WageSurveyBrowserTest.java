package tongxing.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tongxing.demo.DemoWage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 企业薪酬调查: the enterprise fills its return, fixes a rejected file by the row report, and its city bureau accepts. */
class WageSurveyBrowserTest extends BrowserTest {

    private static final String HEADER = "职业编码,学历,年龄,性别,年工作小时,基本工资,奖金,津贴补贴,加班工资\n";

    private Path csv(String name, String rows) throws Exception {
        Path dir = Files.createTempDirectory("wage-upload");
        Path f = dir.resolve(name);
        Files.writeString(f, "\uFEFF" + HEADER + rows, StandardCharsets.UTF_8);
        return f;
    }


    private void acceptConfirmIfAsked() {
        try {
            wait.withTimeout(java.time.Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent()).accept();
        } catch (org.openqa.selenium.TimeoutException none) {
            // no confirmation asked for this action
        } finally {
            wait.withTimeout(java.time.Duration.ofSeconds(15));
        }
    }

    @Test
    void enterpriseFixesARejectedFileByTheRowReportAndTheCityBureauAccepts() throws Exception {
        logIn("enterprise");
        open("/wage");
        WebElement task = waitFor(By.id("wage-tasks")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().startsWith(String.valueOf(DemoWage.YEAR))).findFirst().orElseThrow();
        task.findElement(By.tagName("a")).click();
        String returnUrl = wait.until(d -> d.getCurrentUrl().matches(".*/wage/returns/\\d+$") ? d.getCurrentUrl() : null);

        // 企业基本情况
        WebElement industry = waitFor(By.id("industryCode"));
        industry.clear();
        industry.sendKeys("52");
        new Select(driver.findElement(By.id("ownershipCode"))).selectByValue("159");
        new Select(driver.findElement(By.id("sizeClass"))).selectByValue("SMALL");
        driver.findElement(By.id("employees")).clear();
        driver.findElement(By.id("employees")).sendKeys("2");
        driver.findElement(By.id("totalPay")).clear();
        driver.findElement(By.id("totalPay")).sendKeys("121000");
        press(By.id("save-form"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已保存"));

        // A file with an unknown occupation code and a pay below the minimum wage: rejected with the row report.
        driver.findElement(By.id("upload-file")).sendKeys(csv("有错误.csv",
                "4-07-03-02,大学本科,30,男,2000,60000,0,0,0\n9-99-99-99,大学本科,31,女,2000,61000,0,0,0\n4-07-03-02,,40,女,2000,1000,0,0,0\n")
                .toString());
        press(By.id("upload-button"));
        acceptConfirmIfAsked();
        assertThat(textOf(By.id("upload-result"))).contains("未采用");
        String report = textOf(By.id("issue-table"));
        assertThat(report).contains("9-99-99-99", "不在", "最低工资");
        List<WebElement> reportRows = driver.findElements(By.cssSelector("#issue-table tbody tr"));
        assertThat(reportRows).extracting(r -> r.findElement(By.tagName("td")).getText()).containsExactly("3", "4");
        assertThat(driver.findElement(By.id("return-status")).getAttribute("data-status")).isEqualTo("NOT_STARTED");

        // The corrected file is accepted and, with the form agreeing, the return is validated.
        driver.findElement(By.id("upload-file")).sendKeys(csv("已修改.csv",
                "4-07-03-02,大学本科,30,男,2000,60000,0,0,0\n4-07-03-02,大学本科,31,女,2000,61000,0,0,0\n").toString());
        press(By.id("upload-button"));
        acceptConfirmIfAsked();
        assertThat(textOf(By.id("upload-result"))).contains("已采用");
        if (!driver.findElements(By.id("confirm-warnings")).isEmpty()) {
            press(By.id("confirm-warnings"));
            acceptConfirmIfAsked();
        }
        wait.until(d -> "VALIDATED".equals(d.findElement(By.id("return-status")).getAttribute("data-status")));
        assertThat(driver.findElements(By.id("accept-return"))).isEmpty();

        // 海口市人社局 accepts.
        driver.manage().deleteAllCookies();
        logIn("haikou");
        driver.get(returnUrl);
        press(By.id("accept-return"));
        acceptConfirmIfAsked();
        wait.until(d -> "ACCEPTED".equals(d.findElement(By.id("return-status")).getAttribute("data-status")));
        assertThat(driver.findElements(By.id("upload-form"))).isEmpty();
    }
}
