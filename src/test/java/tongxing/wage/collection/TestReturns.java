package tongxing.wage.collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tongxing.demo.DemoWage;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseSelectionQuery.Located;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.wage.survey.Surveys;

import java.util.List;

import static tongxing.support.TestEnterprises.anEnterprise;

/** Survey returns for tests of the return pages. */
public final class TestReturns {

    private TestReturns() {
    }

    /** A new Haikou enterprise listed in the demo survey year, its return not started: the return's id. */
    public static long notStartedHaikouReturn(UserDetailsService users, EnterpriseRegistry registry, Surveys surveys,
                                              JdbcClient jdbc) {
        Logins.runAs(users, "admin");
        String uscc = registry.create(Scope.province(), anEnterprise().inRegion("460100").build(), "test").uscc();
        surveys.selectListed(CurrentUser.require(), DemoWage.YEAR, List.of(new Located(uscc, "460100")), "test");
        Logins.clear();
        return jdbc.sql("SELECT id FROM wage_survey_enterprise WHERE year = :y AND uscc = :u")
                .param("y", DemoWage.YEAR).param("u", uscc).query(Long.class).single();
    }
}
