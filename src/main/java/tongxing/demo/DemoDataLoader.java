package tongxing.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tongxing.platform.security.UserAccounts;

import java.util.List;

/**
 * On the first start (no account yet) loads the demo accounts and a demo registry, then prints
 * where the platform is and how to log in.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserAccounts accounts;
    private final DemoEnterprises enterprises;
    private final DemoCoordinators coordinators;
    private final DemoWage wage;
    private final DemoMonitoring monitoring;
    private final DemoCasework casework;
    private final DemoSelection selection;
    private final Environment env;
    private final boolean enabled;
    private final int enterpriseCount;

    DemoDataLoader(UserAccounts accounts, DemoEnterprises enterprises, DemoCoordinators coordinators, DemoMonitoring monitoring, DemoWage wage, DemoCasework casework, DemoSelection selection, Environment env,
                   @Value("${tongxing.demo.enabled:false}") boolean enabled,
                   @Value("${tongxing.demo.enterprises:3000}") int enterpriseCount) {
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.coordinators = coordinators;
        this.wage = wage;
        this.monitoring = monitoring;
        this.casework = casework;
        this.selection = selection;
        this.env = env;
        this.enabled = enabled;
        this.enterpriseCount = enterpriseCount;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!enabled) return;
        List<DemoAccounts.Demo> created = List.of();
        if (!accounts.anyExist()) {
            enterprises.generate(enterpriseCount, 20201027L);
            created = DemoAccounts.create(accounts);
            coordinators.generate(300, 20201027L);
            wage.generate(60, 20201027L, DemoAccounts.DEMO_ENTERPRISE_USCC);
            monitoring.generate(enterpriseCount, 20201027L, java.time.LocalDate.now());
            casework.generate(20201027L, java.time.LocalDate.now());
            selection.generate(java.time.LocalDate.now());
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n  同行 Tongxing is ready: http://localhost:" + port + "/\n");
        banner.append("  Demo accounts (password ").append(DemoAccounts.PASSWORD).append("):\n");
        for (var d : created.isEmpty() ? DemoAccounts.list() : created) {
            banner.append(String.format("    %-12s %s%n", d.username(), d.description()));
        }
        log.info(banner.toString());
    }
}
