package tongxing.platform.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.support.Logins;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * The data scope of every role, built from the logged-in account only: what ScopeSql makes of it
 * and what EnterpriseRegistry.findById returns through it. Out of scope looks like "not there".
 */
@TongxingTest
@AutoConfigureMockMvc
class DataScopeTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "Scope@Test1";

    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AccountStore users;
    @Autowired
    JdbcClient jdbc;

    private Enterprise haikou;
    private Enterprise haikouOther;
    private Enterprise sanya;

    @BeforeEach
    void enterprisesInTwoCities() {
        haikou = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口范围测试酒店").build(), "test");
        haikouOther = registry.create(Scope.province(), anEnterprise().inRegion("460100").named("海口范围测试商店").build(), "test");
        sanya = registry.create(Scope.province(), anEnterprise().inRegion("460200").named("三亚范围测试酒店").build(), "test");
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private Scope scopeOf(String username) {
        Logins.runAs(users, username);
        return CurrentUser.require().scope();
    }

    private boolean sees(Scope scope, Enterprise e) {
        return registry.findById(scope, e.id()).isPresent();
    }

    /** How many of the given enterprises a scope lets through, with ScopeSql's condition in a plain query. */
    private long visibleCount(Scope scope, Enterprise... among) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        return jdbc.sql("SELECT count(*) FROM enterprise e WHERE e.id IN (:ids) AND " + s.sql())
                .param("ids", java.util.Arrays.stream(among).map(Enterprise::id).toList())
                .params(s.params()).query(Long.class).single();
    }

    private String newAccount(Role role, String region, Long organizationId, String uscc) {
        String username = "scope" + role.name().toLowerCase() + SEQ.incrementAndGet() + System.nanoTime() % 100000;
        accounts.create(new NewAccount(username, "范围测试", PASSWORD, role, region, organizationId, uscc, null, null, false));
        return username;
    }

    @Test
    void the_province_admin_sees_every_region() {
        Scope scope = scopeOf("admin");
        assertThat(scope).isInstanceOf(Scope.Province.class);
        assertThat(sees(scope, haikou)).isTrue();
        assertThat(sees(scope, sanya)).isTrue();
        assertThat(visibleCount(scope, haikou, haikouOther, sanya)).isEqualTo(3);
        assertThat(ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc")).isEqualTo(new ScopeSql("TRUE", Map.of()));
    }

    @Test
    void a_provincial_party_sees_every_region() {
        Scope scope = scopeOf("union");
        assertThat(scope).isInstanceOf(Scope.Province.class);
        assertThat(sees(scope, haikou)).isTrue();
        assertThat(sees(scope, sanya)).isTrue();
    }

    @Test
    void city_staff_see_their_own_city_only() {
        Scope haikouStaff = scopeOf("haikou");
        assertThat(haikouStaff).isEqualTo(new Scope.Region("460100"));
        assertThat(sees(haikouStaff, haikou)).isTrue();
        assertThat(sees(haikouStaff, sanya)).isFalse();
        assertThat(visibleCount(haikouStaff, haikou, haikouOther, sanya)).isEqualTo(2);

        Scope sanyaStaff = scopeOf("sanya");
        assertThat(sees(sanyaStaff, sanya)).isTrue();
        assertThat(sees(sanyaStaff, haikou)).isFalse();

        ScopeSql sql = ScopeSql.forEnterpriseRows(sanyaStaff, "e.region_code", "e.uscc");
        assertThat(sql.sql()).isEqualTo("e.region_code = :scope_region");
        assertThat(sql.params()).containsExactly(Map.entry("scope_region", "460200"));
    }

    @Test
    void city_staff_write_only_in_their_own_city() {
        assertThat(ScopeSql.mayWriteRegion(scopeOf("haikou"), "460100")).isTrue();
        assertThat(ScopeSql.mayWriteRegion(scopeOf("haikou"), "460200")).isFalse();
        assertThat(ScopeSql.mayWriteRegion(scopeOf("admin"), "460200")).isTrue();
        assertThat(ScopeSql.mayWriteRegion(scopeOf("expert"), "460100")).isFalse();
    }

    @Test
    void an_expert_sees_the_enterprises_assigned_to_them_and_nothing_else() {
        String expert = newAccount(Role.EXPERT, "460100", null, null);
        accounts.assignEnterprise(accounts.idOf(expert).orElseThrow(), haikou.uscc());
        accounts.assignEnterprise(accounts.idOf(expert).orElseThrow(), sanya.uscc());
        Scope scope = scopeOf(expert);
        assertThat(scope).isInstanceOf(Scope.AssignedEnterprises.class);
        assertThat(sees(scope, haikou)).isTrue();
        assertThat(sees(scope, sanya)).as("assigned, although in another city").isTrue();
        assertThat(sees(scope, haikouOther)).as("same city, not assigned").isFalse();
        assertThat(visibleCount(scope, haikou, haikouOther, sanya)).isEqualTo(2);
    }

    @Test
    void an_expert_without_assignments_sees_nothing() {
        Scope scope = scopeOf(newAccount(Role.EXPERT, "460100", null, null));
        assertThat(sees(scope, haikou)).isFalse();
        assertThat(visibleCount(scope, haikou, haikouOther, sanya)).isZero();
    }

    @Test
    void a_coordinator_sees_the_enterprises_they_cover() {
        String coordinator = newAccount(Role.COORDINATOR, "460200", null, null);
        accounts.assignEnterprise(accounts.idOf(coordinator).orElseThrow(), sanya.uscc());
        Scope scope = scopeOf(coordinator);
        assertThat(sees(scope, sanya)).isTrue();
        assertThat(sees(scope, haikou)).isFalse();
        assertThat(sees(scope, haikouOther)).isFalse();
    }

    @Test
    void a_mediation_organization_sees_no_enterprise_records() {
        long org = accounts.organization("范围测试调解委员会" + SEQ.incrementAndGet(), "MEDIATION_ORG", "460100");
        Scope scope = scopeOf(newAccount(Role.MEDIATION_ORG, "460100", org, null));
        assertThat(scope).isEqualTo(new Scope.Organization(org, "460100"));
        assertThat(sees(scope, haikou)).isFalse();
        assertThat(sees(scope, sanya)).isFalse();
        assertThat(ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc").sql()).isEqualTo("FALSE");
        assertThat(ScopeSql.mayWriteRegion(scope, "460100")).isFalse();
    }

    @Test
    void an_enterprise_account_sees_its_own_enterprise_only() {
        Scope scope = scopeOf(newAccount(Role.ENTERPRISE, "460100", null, haikou.uscc()));
        assertThat(scope).isEqualTo(new Scope.Enterprise(haikou.uscc()));
        assertThat(sees(scope, haikou)).isTrue();
        assertThat(sees(scope, haikouOther)).isFalse();
        assertThat(sees(scope, sanya)).isFalse();
        assertThat(registry.find(scope, haikou.uscc().toLowerCase())).isPresent();
        assertThat(visibleCount(scope, haikou, haikouOther, sanya)).isEqualTo(1);
    }

    @Test
    void the_demo_enterprise_account_is_bound_to_the_demo_enterprise() {
        Scope scope = scopeOf("enterprise");
        assertThat(scope).isEqualTo(new Scope.Enterprise("91460100MA5T00001L"));
        assertThat(List.of(haikou, haikouOther, sanya)).noneMatch(e -> sees(scope, e));
    }
}
