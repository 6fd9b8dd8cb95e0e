package tongxing.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.security.Scope;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

class MonitoringBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseBulkLoader registry;

    @Test
    void haikouStaffLoadsHeadcountsRunsDetectionAndFollowsTheLayoffToTheEnterprisePage() throws Exception {
        EnterpriseData d = anEnterprise().inRegion("460100").named("浏览器监测测试有限公司").build();
        registry.upsert(Scope.province(), List.of(d).iterator(), "TEST");
        LocalDate last = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        String lastMonth = last.toString().substring(0, 7), prevMonth = last.minusMonths(1).toString().substring(0, 7);
        Path csv = Files.createTempFile("social-insurance", ".csv");
        Files.writeString(csv, "月份,统一社会信用代码,企业名称,参保人数,欠缴月数\n"
                + prevMonth + "," + d.uscc() + ",浏览器监测测试有限公司,400,0\n"
                + lastMonth + "," + d.uscc() + ",浏览器监测测试有限公司,350,0\n", StandardCharsets.UTF_8);

        logIn("haikou");
        open("/monitoring/feeds");
        driver.findElement(By.cssSelector("[data-feed='social-insurance'] a.btn-primary")).click();
        waitFor(By.id("file")).sendKeys(csv.toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        waitFor(By.id("commit-button")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(By.id("job-result"));

        open("/monitoring/feeds");
        var month = waitFor(By.id("detect-month"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", month, lastMonth);
        driver.findElement(By.id("detect-button")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(By.cssSelector("#detection-runs tr[data-month='" + lastMonth + "']"));

        open("/monitoring/key-enterprises?q=" + d.uscc());
        waitFor(By.cssSelector("tr[data-uscc='" + d.uscc() + "'] a")).click();
        waitFor(By.id("enterprise-name"));
        assertThat(driver.findElement(By.id("risk-badge")).getText()).isEqualTo("红色");
        assertThat(driver.findElement(By.id("signal-table")).getText()).contains("减少 50 人", "第四十一条");
        wait.until(ExpectedConditions.attributeToBe(By.id("enterprise-trend"), "data-drawn", "2"));
        assertThat(driver.findElements(By.cssSelector("#enterprise-trend canvas"))).isNotEmpty();
    }
}
