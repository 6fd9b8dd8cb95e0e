package tongxing.browser;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.platform.imports.TestSheets;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.coordinator.TestCoordinators.aCoordinator;

/**
 * A whole gold-coordinator campaign in Chromium, on the existing screens: the office opens it, Sanya
 * nominates a registered coordinator with a PDF and recommends, two reviewers score, the office
 * decides and publishes, an objection is raised and answered, the office finalizes; the public list,
 * the certificate and the national report come out, and the coordinator's page shows the gold year.
 */
class GoldCampaignBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired CoordinatorRegistry registry;
    @Autowired UserDetailsService users;

    @Test
    void theOfficeRunsAGoldCampaignFromNominationToTheNationalReport() throws Exception {
        String name = "金牌候选" + (System.nanoTime() % 100000);
        Coordinator nominee = asAdmin(() -> registry.create(Scope.province(), aCoordinator().inRegion("460200").named(name).build()));
        int year = jdbc.sql("""
                        SELECT y FROM generate_series(2100, 2000, -1) y
                        WHERE NOT EXISTS (SELECT 1 FROM selection_campaign c WHERE c.year = y AND c.category = 'COORDINATOR')
                        LIMIT 1""").query(Integer.class).single();

        // 1. The province office opens a campaign: quota 1, Sanya may nominate 2.
        logIn("admin");
        open("/selection/campaigns/new");
        WebElement yearField = waitFor(By.id("year"));
        yearField.clear();
        yearField.sendKeys(String.valueOf(year));
        new Select(driver.findElement(By.id("category"))).selectByValue("COORDINATOR");
        driver.findElement(By.id("quota")).sendKeys("1");
        WebElement days = driver.findElement(By.id("publicityDays"));
        days.clear();
        days.sendKeys("7");
        setValue(driver.findElement(By.id("nominationDeadline")), LocalDate.now().plusDays(10).toString());
        setValue(driver.findElement(By.id("reviewDeadline")), LocalDate.now().plusDays(30).toString());
        driver.findElement(By.name("regionQuota[460200]")).sendKeys("2");
        press(By.cssSelector("#campaign-form button[type=submit]"));
        wait.until(ExpectedConditions.urlMatches("/selection/campaigns/\\d+$"));
        long campaignId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
        press(By.cssSelector("form[action$='/open'] button"));
        waitForState("推荐中");
        assignReviewer("expert");
        assignReviewer("union");

        // 2. Sanya nominates the registered coordinator, attaches a PDF and recommends.
        switchUser("sanya");
        open("/selection/campaigns/" + campaignId);
        press(By.id("nominate"));
        new Select(waitFor(By.id("coordinatorId"))).selectByValue(String.valueOf(nominee.id()));
        driver.findElement(By.id("unitPost")).sendKeys("三亚市吉阳区人社局");
        driver.findElement(By.id("reasons")).sendKeys("三年化解劳动纠纷 120 件，无一升级。");
        press(By.cssSelector("#nomination-form button[type=submit]"));
        wait.until(ExpectedConditions.urlMatches("/selection/nominations/\\d+$"));
        long nominationId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(textOf(By.id("nominee-name"))).isEqualTo(name);
        Path pdf = Files.createTempFile("事迹材料", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes());
        driver.findElement(By.cssSelector("#materials input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        press(By.cssSelector("#materials button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("materials"), pdf.getFileName().toString()));
        open("/selection/campaigns/" + campaignId);
        press(By.cssSelector("#my-nominations form button"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nominations"), "已上报"));

        // 3. The office closes nominations; each reviewer scores on their own sheet.
        switchUser("admin");
        open("/selection/campaigns/" + campaignId);
        press(By.cssSelector("form[action$='/close-nominations'] button"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitForState("评审中");
        score("expert", nominationId, "92");
        score("union", nominationId, "88");

        // 4. The office decides (the ranking proposes the top one) and starts publicity.
        switchUser("admin");
        open("/selection/campaigns/" + campaignId);
        WebElement winnerBox = waitFor(By.cssSelector("#ranking input[name=winner]"));
        assertThat(winnerBox.isSelected()).isTrue();
        press(By.cssSelector("#ranking button[type=submit]"));
        waitForState("已决定");
        press(By.cssSelector("form[action$='/publicity'] button"));
        waitForState("公示中");

        // 5. Someone objects during publicity; the office answers (not upheld).
        switchUser("haikou");
        open("/selection/campaigns/" + campaignId + "/gold");
        waitFor(By.cssSelector("#objection-form textarea[name=content]")).sendKeys("反映该同志曾有投诉记录，请核实。");
        press(By.cssSelector("#objection-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-objections"), "请核实"));
        switchUser("admin");
        open("/selection/campaigns/" + campaignId);
        waitFor(By.cssSelector("#objections textarea[name=answer]")).sendKeys("经核实，投诉已于当年调解结案，不影响入选。");
        press(By.cssSelector("#objections button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objections"), "不影响入选"));

        // 6. The publicity period has run out (moved back here rather than waited for); the office finalizes.
        jdbc.sql("UPDATE selection_campaign SET publicity_end = :d WHERE id = :id")
                .param("d", LocalDate.now().minusDays(1)).param("id", campaignId).update();
        open("/selection/campaigns/" + campaignId);
        press(By.cssSelector("form[action$='/finalize'] button"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitForState("已确定");

        // 7. Outputs: certificate PDF, national report as Excel and Word.
        press(By.cssSelector("#ranking a[href$='.pdf']"));
        assertThat(new String(Files.readAllBytes(awaitDownload(".pdf")), 0, 5)).isEqualTo("%PDF-");
        press(By.cssSelector("a[href$='report.xlsx']"));
        List<List<String>> sheet = TestSheets.read(Files.readAllBytes(awaitDownload(".xlsx"))).values().iterator().next();
        assertThat(sheet).anySatisfy(row -> assertThat(row).contains(name));
        press(By.cssSelector("a[href$='report.docx']"));
        Path docx = awaitDownload(".docx");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains(name);
        }

        // 8. The coordinator's page shows the gold year.
        open("/coordinators/" + nominee.id());
        assertThat(textOf(By.id("gold-status"))).contains(year + " 年度");

        // 9. The public list, without logging in.
        driver.manage().deleteAllCookies();
        open("/public/gold/" + campaignId);
        assertThat(pageText()).contains(name);
    }

    private void assignReviewer(String username) {
        long userId = jdbc.sql("SELECT id FROM platform_user WHERE username = :u").param("u", username).query(Long.class).single();
        new Select(waitFor(By.cssSelector("#reviewers select[name=userId]"))).selectByValue(String.valueOf(userId));
        press(By.cssSelector("#reviewers form.card-body button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewers"), "（" + username + "）"));
    }

    private void score(String reviewer, long nominationId, String value) {
        switchUser(reviewer);
        open("/selection/nominations/" + nominationId + "/review");
        for (WebElement input : waitFor(By.id("score-form")).findElements(By.cssSelector("input[type=number]"))) input.sendKeys(value);
        press(By.cssSelector("#score-form button[type=submit]"));
        waitFor(By.id("own-scores"));
    }


    private void switchUser(String username) {
        driver.manage().deleteAllCookies();
        logIn(username);
    }

    private void waitForState(String label) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign-state"), label));
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        Logins.runAs(users, "admin");
        try {
            return action.get();
        } finally {
            Logins.clear();
        }
    }
}
