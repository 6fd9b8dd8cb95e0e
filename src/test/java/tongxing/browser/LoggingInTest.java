package tongxing.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

class LoggingInTest extends BrowserTest {

    @Test
    void cityStaffLogsInAndSeesOnlyTheirMenu() {
        logIn("sanya");
        assertThat(driver.findElement(By.id("current-user")).getText()).contains("三亚市人社局");
        assertThat(driver.findElement(By.id("scope-label")).getText()).contains("三亚市");
        String menu = driver.findElement(By.id("main-menu")).getText();
        assertThat(menu).contains("企业库", "重点企业用工指导", "企业薪酬指引").doesNotContain("用户管理", "审计日志");
    }

    @Test
    void provinceAdminSeesAdministration() {
        logIn("admin");
        assertThat(driver.findElement(By.id("main-menu")).getText()).contains("用户管理", "审计日志", "接口密钥");
    }

    @Test
    void enterpriseUserDoesNotSeeTheRegistry() {
        logIn("enterprise");
        assertThat(driver.findElement(By.id("main-menu")).getText()).contains("本企业信息").doesNotContain("企业库");
    }

    @Test
    void wrongPasswordIsRefusedInChinese() {
        open("/login");
        driver.findElement(By.id("username")).sendKeys("haikou");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("login-submit")).click();
        assertThat(textOf(By.id("login-error"))).contains("用户名或密码错误");
    }

    @Test
    void userSwitchesToEnglish() {
        logIn("haikou");
        driver.findElement(By.linkText("English")).click();
        waitFor(By.id("main-menu"));
        assertThat(driver.findElement(By.id("main-menu")).getText()).contains("Enterprise registry");
    }

    @Test
    void onATabletInPortraitTheMenuFoldsAwayAndTheListUsesTheWholeWidth() {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(820, 1100));
        try {
            logIn("haikou");
            open("/enterprises");
            assertThat(driver.findElement(By.id("app-sidebar")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("main")).getRect().getX()).as("the page starts at the left edge").isLessThan(20);
            assertThat(waitFor(By.cssSelector("main table")).getRect().getY()).as("the list is not pushed below the menu").isLessThan(1100);

            driver.findElement(By.id("menu-toggle")).click();
            assertThat(driver.findElement(By.id("app-sidebar")).isDisplayed()).isTrue();
            driver.findElement(By.id("main-menu")).findElement(By.partialLinkText("重点企业用工指导")).click();
            wait.until(ExpectedConditions.urlContains("/monitoring"));
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
