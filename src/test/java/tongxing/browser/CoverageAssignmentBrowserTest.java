package tongxing.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.coordinator.TestCoordinators.aCoordinator;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * A city bureau assigns an uncovered small enterprise to one of its many grassroots coordinators,
 * found by typing part of the name; the form shows how many enterprises each one covers.
 */
class CoverageAssignmentBrowserTest extends BrowserTest {

    private static final String[] GIVEN = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"};

    @Autowired
    CoordinatorRegistry coordinators;
    @Autowired
    EnterpriseRegistry registry;

    @Test
    void cityStaffFindsOneOfManyCoordinatorsByNameAndAssignsAnEnterpriseToThem() {
        String marker = "筛" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        List<Coordinator> created = new ArrayList<>();
        for (String g : GIVEN) {
            created.add(coordinators.create(Scope.province(), aCoordinator().named(marker + g).inRegion("460100")
                    .atPost(WorkplaceType.TOWNSHIP_STREET).build()));
        }
        Coordinator target = created.get(1);
        Enterprise small = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口" + marker + "小微测试有限公司")
                .inIndustry("52").withEmployees(8).build(), "TEST");

        logIn("haikou");
        open("/coordinators/coverage/uncovered?indicator=SMALL_MICRO&region=460100");
        WebElement filter = waitFor(By.id("coordinator-filter"));
        filter.sendKeys(marker + "乙");

        Select select = new Select(driver.findElement(By.id("coordinatorId")));
        assertThat(visibleOptions()).hasSize(1).first().asString().startsWith(marker + "乙").contains("已覆盖 0 家");
        assertThat(select.getFirstSelectedOption().getAttribute("value")).isEqualTo(String.valueOf(target.id()));

        driver.findElement(By.id("usccList")).sendKeys(small.uscc());
        WebElement assign = driver.findElement(By.id("assign-button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", assign);
        assign.click();
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("已指派 1 家企业");

        waitFor(By.id("coordinator-filter")).sendKeys(marker);
        assertThat(visibleOptions()).hasSize(GIVEN.length).contains(
                new Select(driver.findElement(By.id("coordinatorId"))).getOptions().stream()
                        .filter(o -> o.getAttribute("value").equals(String.valueOf(target.id())))
                        .map(WebElement::getText).findFirst().orElseThrow());
        assertThat(visibleOptions()).filteredOn(t -> t.startsWith(marker + "乙")).singleElement().asString().contains("已覆盖 1 家");
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleOptions() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.getElementById('coordinatorId').options).filter(o => !o.hidden).map(o => o.text);");
    }
}
