package tongxing.enterprise.web;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.browser.BrowserTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.support.TestEnterprises;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

/** The registry screens in a real Chromium: htmx search with a shareable URL, the division select, phone, form, export. */
class EnterpriseRegistryBrowserTest extends BrowserTest {

    @Autowired UserDetailsService users;
    @Autowired EnterpriseRegistry registry;

    @Test
    void bureauStaffSearchesByTwoCharactersAndTheAddressReloadsTheSameList() {
        String marker = RegistryFixture.marker();
        Enterprise hotel = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460100").named("海口" + marker + "椰岛酒店有限公司").inIndustry("61"));
        logIn("haikou");
        open("/enterprises");

        driver.findElement(By.id("f-name")).sendKeys(marker.substring(0, 2) + marker.substring(2));
        driver.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-summary"), "共 1 条"));
        assertThat(driver.findElement(By.id("enterprise-table")).getText()).contains(hotel.name(), "住宿业");
        assertThat(driver.getCurrentUrl()).contains("name=");

        driver.navigate().refresh();
        waitFor(By.id("enterprise-table"));
        assertThat(driver.findElement(By.id("result-summary")).getText()).contains("共 1 条");
        assertThat(driver.findElement(By.id("f-name")).getAttribute("value")).isEqualTo(marker);
    }

    @Test
    void choosingASectionLimitsTheDivisions() {
        logIn("admin");
        open("/enterprises");
        new Select(driver.findElement(By.id("f-section"))).selectByValue("H");
        wait.until(d -> optionValues().contains("61") && !optionValues().contains("52"));
        assertThat(optionValues()).contains("", "61", "62");
    }

    @Test
    void cityStaffRevealsTheFullPhoneNumber() {
        Enterprise e = RegistryFixture.register(registry, users, anEnterprise().inRegion("460100")
                .named("海口" + RegistryFixture.marker() + "电话有限公司").withPhone("13577778888"));
        logIn("haikou");
        open("/enterprises/" + e.id());
        assertThat(driver.findElement(By.id("contact-phone")).getText()).isEqualTo("135****8888");
        driver.findElement(By.id("reveal-phone")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contact-phone"), "13577778888"));
        assertThat(driver.findElements(By.id("reveal-phone"))).isEmpty();
    }

    @Test
    void cityStaffFixesAWrongCodeAndSavesWithoutRetyping() {
        String valid = TestEnterprises.freshUscc("460100");
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String name = "海口" + RegistryFixture.marker() + "新登记有限公司";
        logIn("haikou");
        open("/enterprises");
        driver.findElement(By.id("create-enterprise")).click();
        waitFor(By.id("enterprise-form"));
        driver.findElement(By.id("uscc")).sendKeys(wrong);
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("industryCode"))).selectByValue("62");
        driver.findElement(By.id("employees")).sendKeys("120");
        driver.findElement(By.id("revenue")).sendKeys("2500");
        press(By.id("save-enterprise"));

        assertThat(textOf(By.id("uscc-error"))).isEqualTo("统一社会信用代码校验位错误");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        WebElement uscc = driver.findElement(By.id("uscc"));
        uscc.clear();
        uscc.sendKeys(valid);
        press(By.id("save-enterprise"));

        waitFor(By.id("enterprise-name"));
        assertThat(pageText()).contains("企业信息已保存", name, "中型", "海口市");
        assertThat(registry.find(Scope.province(), valid)).isPresent();
    }

    @Test
    void theExportDownloadsTheFilteredListUnderAChineseName() throws Exception {
        String marker = RegistryFixture.marker();
        Enterprise e = RegistryFixture.register(registry, users,
                anEnterprise().inRegion("460200").named("三亚" + marker + "导出有限公司"));
        logIn("sanya");
        open("/enterprises?name=" + marker);
        driver.findElement(By.id("export-link")).click();

        Path file = awaitDownload(".xlsx");
        assertThat(file.getFileName().toString()).matches("企业库_\\d{8}\\.xlsx");
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(1)).isEqualTo(e.name());
        }
    }

    /** Read in the page, so that htmx swapping the options in between cannot leave a stale element. */
    @SuppressWarnings("unchecked")
    private List<String> optionValues() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#f-division option')).map(o => o.value)");
    }

}
