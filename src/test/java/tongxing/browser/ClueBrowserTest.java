package tongxing.browser;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

class ClueBrowserTest extends BrowserTest {

    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void cityStaffRaisesAClueAssignsItAndReportsItUpTheProvinceResolvesItAndTheLedgerExportsTheEnterprise() throws Exception {
        Enterprise e = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口线索旅程测试有限公司")
                .inIndustry("14").build(), "TEST");
        jdbc.sql("""
                INSERT INTO monitoring_key_enterprise (uscc, region_code, listed, risk_level, detected, listed_since)
                VALUES (:u, '460100', true, 'ORANGE', true, DATE '2026-10-01')""").param("u", e.uscc()).update();

        logIn("haikou");
        open("/monitoring/clues");
        waitFor(By.id("clue-table"));
        click(driver.findElement(By.id("create-clue")));
        waitFor(By.id("clue-form"));
        // The enterprise is found by part of its name; picking the suggestion puts its USCC in the field.
        WebElement uscc = driver.findElement(By.id("uscc"));
        uscc.sendKeys("线索旅程");
        String offered = wait.until(d -> d.findElements(By.cssSelector("#uscc-options option")).stream()
                .map(o -> o.getDomAttribute("value")).filter(e.uscc()::equals).findFirst().orElse(null));
        uscc.clear();
        uscc.sendKeys(offered);
        driver.findElement(By.id("title")).sendKeys("职工反映企业拟停产");
        driver.findElement(By.id("description")).sendKeys("多名职工来电反映企业拟于下月停产，需核实。");
        new Select(driver.findElement(By.id("assigneeId"))).selectByVisibleText("海口市人社局");
        setDate("deadline", LocalDate.now().plusDays(10).toString());
        click(driver.findElement(By.id("save-clue")));

        waitFor(By.id("assign-form"));
        assertThat(driver.findElement(By.id("assignee")).getText()).isEqualTo("海口市人社局");
        String clueUrl = driver.getCurrentUrl();

        new Select(driver.findElement(By.id("reassign-to"))).selectByVisibleText("省总工会");
        driver.findElement(By.cssSelector("#assign-form input[name=note]")).sendKeys("请工会协助了解职工诉求");
        click(driver.findElement(By.cssSelector("#assign-form button[type=submit]")));
        wait.until(ExpectedConditions.textToBe(By.id("assignee"), "省总工会"));

        driver.findElement(By.cssSelector("#report-form textarea[name=note]")).sendKeys("涉及职工较多，请省级协调。");
        click(driver.findElement(By.id("report-up")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clue-steps"), "涉及职工较多"));
        assertThat(driver.findElements(By.id("resolve-form"))).as("reported up: the province handles it").isEmpty();
        logOut();

        logIn("admin");
        driver.get(clueUrl);
        waitFor(By.id("resolve-form"));
        driver.findElement(By.cssSelector("#resolve-form textarea[name=resolution]")).sendKeys("已约谈企业，企业暂缓停产并与工会协商。");
        click(driver.findElement(By.id("resolve")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clue-steps"), "已约谈企业"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("已办结");
        assertThat(driver.findElement(By.id("clue-steps")).getText()).contains("上报", "办结");

        open("/monitoring/ledger?q=" + e.uscc());
        waitFor(By.id("ledger-table"));
        assertThat(driver.findElement(By.cssSelector("#ledger-table tr[data-uscc='" + e.uscc() + "']")).getText())
                .contains("海口线索旅程测试有限公司", "海口市", "制造业");
        click(driver.findElement(By.id("export-link")));
        Path xlsx = awaitDownload(".xlsx");
        wait.until(d -> !Files.exists(Path.of(xlsx + ".crdownload")));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx)))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("重点企业指导服务台账");
            assertThat(rows.stream().skip(3).map(r -> r.getCellText(2))).containsExactly(e.uscc());
        }
    }


    /** Date inputs take their value through the DOM, independent of the browser's locale. */
    private void setDate(String id, String iso) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }
}
