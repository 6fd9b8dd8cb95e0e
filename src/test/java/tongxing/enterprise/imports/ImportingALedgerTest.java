package tongxing.enterprise.imports;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tongxing.browser.BrowserTest;
import tongxing.platform.imports.TestSheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.freshUscc;

/** The whole journey in Chromium: template, upload, read the errors, import the valid rows. */
class ImportingALedgerTest extends BrowserTest {

    @Test
    void bureauStaffImportsTheirLedgerAndSkipsTheBadRow() throws Exception {
        logIn("haikou");
        driver.findElement(By.linkText("导入记录")).click();
        waitFor(By.id("import-kinds")).findElement(By.linkText("导入企业信息")).click();

        waitFor(By.id("template-link")).click();
        Path template = awaitDownload(".xlsx");
        assertThat(TestSheets.read(Files.readAllBytes(template))).containsKey("填写说明");

        String good1 = freshUscc("460100"), good2 = freshUscc("460100");
        Path file = Files.createTempFile(downloads.getParent(), "台账", ".xlsx");
        Files.write(file, TestSheets.xlsx(List.of(
                EnterpriseImportTest.HEADER,
                EnterpriseImportTest.row(good1, "浏览器导入甲公司", "海口"),
                EnterpriseImportTest.row(freshUscc("460100"), "外地公司", "三亚"),
                EnterpriseImportTest.row(good2, "浏览器导入乙公司", "海口市"))));
        driver.findElement(By.id("file")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        String errors = textOf(By.id("import-errors"));
        assertThat(errors).contains("3", "所属市县", "三亚", "您只能导入本辖区（海口市）的企业");
        assertThat(driver.findElement(By.id("count-valid")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("count-errors")).getText()).isEqualTo("1");

        driver.findElement(By.id("commit-button")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();

        assertThat(textOf(By.id("job-result"))).isEqualTo("已导入：新增 2 条，更新 0 条，未变 0 条。");
        driver.findElement(By.linkText("返回导入记录")).click();
        assertThat(textOf(By.id("import-history"))).contains(file.getFileName().toString(), "已导入");
    }
}
