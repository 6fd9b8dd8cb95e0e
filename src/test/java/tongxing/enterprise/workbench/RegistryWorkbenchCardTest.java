package tongxing.enterprise.workbench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.TongxingTest;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.web.WorkbenchCard;
import tongxing.support.Logins;

import static org.assertj.core.api.Assertions.assertThat;

@TongxingTest
class RegistryWorkbenchCardTest {

    @Autowired
    RegistryWorkbenchCard card;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    @Test
    void a_city_user_counts_only_the_active_enterprises_of_their_city() {
        Logins.runAs(users, "sanya");
        WorkbenchCard.Card c = card.cardFor(CurrentUser.require()).orElseThrow();
        long sanya = jdbc.sql("SELECT count(*) FROM enterprise WHERE region_code = '460200' AND status = 'ACTIVE'")
                .query(Long.class).single();
        long all = jdbc.sql("SELECT count(*) FROM enterprise WHERE status = 'ACTIVE'").query(Long.class).single();
        assertThat(c.figures().get(0).value()).isEqualTo(sanya).isLessThan(all);
        assertThat(c.figures().get(1).value() + c.figures().get(2).value() + c.figures().get(3).value()).isEqualTo(sanya);
    }

    @Test
    void a_mediation_organization_gets_no_registry_card() {
        Logins.runAs(users, "mediator");
        assertThat(card.cardFor(CurrentUser.require())).isEmpty();
    }
}
