package tongxing.enterprise.web;

import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.util.concurrent.ThreadLocalRandom;

/** Registers test enterprises as the provincial administrator, with names no other test uses. */
final class RegistryFixture {

    private RegistryFixture() {
    }

    /** A two-character-plus marker that appears in no demo name, to find this test's enterprises by name. */
    static String marker() {
        return "测" + (100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    static Enterprise register(EnterpriseRegistry registry, UserDetailsService users, TestEnterprises builder) {
        Logins.runAs(users, "admin");
        try {
            return registry.create(Scope.province(), builder.build(), "MANUAL");
        } finally {
            Logins.clear();
        }
    }
}
