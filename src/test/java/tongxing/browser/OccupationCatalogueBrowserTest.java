package tongxing.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 职业分类: the provincial office uploads part of the official table, reads the row report, commits the
 * valid rows, and finds the new unit by name and in the tree. (The codes under 5-99 are test data.)
 */
class OccupationCatalogueBrowserTest extends BrowserTest {


    @Test
    void theOfficeImportsUnitsReadsTheReportCommitsAndFindsTheNewUnit() throws Exception {
        Path file = Files.createTempDirectory("occupations").resolve("职业分类.csv");
        Files.writeString(file, "\uFEFF代码,名称,GBM代码\n"
                + "5-99-01,浏览器测试小类,\n"
                + "5-99-01-01,浏览器测试细类,\n"
                + "5-99-02-01,没有上级的细类,\n", StandardCharsets.UTF_8);

        logIn("admin");
        open("/wage/occupations");
        press(By.id("occupation-import-link"));
        driver.findElement(By.id("file")).sendKeys(file.toString());
        press(By.cssSelector("#upload-form button[type=submit]"));

        assertThat(textOf(By.id("count-valid"))).isEqualTo("2");
        assertThat(driver.findElement(By.id("count-errors")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("import-errors")).getText()).contains("4", "上级分类 5-99-02 既未载入");
        press(By.id("commit-button"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(textOf(By.id("job-result"))).contains("2");

        open("/wage/occupations");
        waitFor(By.id("f-q")).sendKeys("浏览器测试");
        press(By.id("occupation-search-button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "共 2 条"));
        assertThat(driver.findElement(By.id("occupation-table")).getText()).contains("5-99-01-01", "浏览器测试细类", "细类");

        // In the tree: the middle group's branch lists the new minor group and unit under their breadcrumb.
        open("/wage/occupations?under=5-99-01");
        assertThat(textOf(By.id("occupation-path"))).contains("5-99", "5-99-01");
        assertThat(driver.findElements(By.cssSelector("#occupation-table tbody tr[data-code]")))
                .extracting(r -> r.getAttribute("data-code")).containsExactly("5-99-01", "5-99-01-01");
    }
}
