package tongxing.platform.admin;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tongxing.browser.BrowserTest;
import tongxing.platform.security.NewAccount;
import tongxing.platform.security.Role;
import tongxing.platform.security.UserAccounts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration screens in a real Chromium: forms, confirmations, the htmx detail row, error pages. */
class AdminScreensBrowserTest extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    /** With -Dtongxing.screenshots=DIR the journeys leave screenshots there, for looking at the pages. */
    private void snap(String name) {
        String dir = System.getProperty("tongxing.screenshots");
        if (dir == null) return;
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }


    private String anAccount(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000;
        accounts.create(new NewAccount(username, "浏览器测试账号", "Browser@2026", Role.CITY_STAFF, "460100", null, null,
                null, null, false));
        return username;
    }

    @Test
    void adminOpensAnAccountWhoseOwnerMustChooseANewPassword() {
        logIn("admin");
        open("/admin/users");
        snap("users-list");
        press(By.id("user-new"));
        waitFor(By.id("username"));
        String username = "browser" + System.nanoTime() % 100000;
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("displayName")).sendKeys("浏览器测试");
        new Select(driver.findElement(By.id("role"))).selectByValue("CITY_STAFF");
        new Select(driver.findElement(By.id("regionCode"))).selectByValue("460100");
        driver.findElement(By.id("phone")).sendKeys("1381234");
        press(By.id("user-save"));

        assertThat(textOf(By.id("error-phone"))).contains("手机号格式不正确");
        assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("浏览器测试");
        snap("users-form-errors");
        driver.findElement(By.id("phone")).clear();
        driver.findElement(By.id("phone")).sendKeys("13912345678");
        press(By.id("user-save"));

        String password = textOf(By.id("initial-password-value"));
        snap("users-created");
        assertThat(password).hasSize(12);
        logOut();

        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlContains("/account/password"));
        assertThat(pageText()).contains("须先修改密码才能继续使用");
    }

    @Test
    void adminDisablesAnAccountAfterConfirming() {
        logIn("admin");
        String username = anAccount("browserdisable");
        open("/admin/users?q=" + username);
        press(By.linkText("编辑"));
        press(By.id("user-disable"));
        assertThat(driver.switchTo().alert().getText()).contains("确定停用用户 " + username + " 吗");
        driver.switchTo().alert().dismiss();
        assertThat(driver.findElement(By.id("user-status")).getText()).isEqualTo("正常");

        press(By.id("user-disable"));
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.id("user-status"), "已停用"));
        snap("users-disabled");
        press(By.id("user-enable"));
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.id("user-status"), "正常"));
    }

    @Test
    void adminReadsWhatChangedInAnAuditEntry() {
        logIn("admin");
        String username = anAccount("browseraudit");
        open("/admin/users?q=" + username);
        press(By.linkText("编辑"));
        waitFor(By.id("displayName")).clear();
        driver.findElement(By.id("displayName")).sendKeys("改过的名字");
        press(By.id("user-save"));
        waitFor(By.id("user-account"));

        open("/admin/audit?action=USER_UPDATED&text=" + username);
        snap("audit-list");
        driver.findElement(By.linkText("查看变更")).click();
        String detail = textOf(By.cssSelector("tr.audit-detail"));
        snap("audit-detail");
        assertThat(detail).contains("姓名").contains("浏览器测试账号").contains("改过的名字");
        assertThat(driver.getCurrentUrl()).as("htmx, not a navigation").contains("/admin/audit?action=USER_UPDATED");
        driver.findElement(By.linkText("收起")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr.audit-detail")));
    }

    @Test
    void adminIssuesAnApiKeyThatIsShownOnce() {
        logIn("admin");
        open("/admin/api-keys");
        driver.findElement(By.id("name")).sendKeys("浏览器测试推送");
        press(By.id("permission-0"));
        press(By.id("api-key-issue"));
        String key = textOf(By.id("issued-key-value"));
        snap("api-keys-issued");
        assertThat(key).startsWith("tx_");
        open("/admin/api-keys");
        assertThat(pageText()).contains("浏览器测试推送").doesNotContain(key);
    }

    @Test
    void cityStaffMeetTheChinesePagesForForbiddenAndUnknownAddresses() {
        logIn("haikou");
        open("/admin/users");
        assertThat(textOf(By.id("error-message"))).contains("您没有权限执行此操作");
        snap("error-403");
        open("/no-such-page");
        assertThat(textOf(By.id("error-message"))).contains("您要找的页面或记录不存在");
        snap("error-404");
        assertThat(pageText()).doesNotContain("Exception").doesNotContain("Whitelabel");
        assertThat(driver.findElement(By.id("main-menu")).getText()).contains("企业库");
    }
}
