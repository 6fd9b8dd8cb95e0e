package tongxing.coordinator.coverage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tongxing.TongxingTest;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseData;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.scheduling.ScheduledTasks;
import tongxing.platform.security.Scope;
import tongxing.support.Logins;
import tongxing.support.TestEnterprises;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tongxing.coordinator.TestCoordinators.aCoordinator;
import static tongxing.support.TestEnterprises.anEnterprise;

/**
 * The snapshot of the coverage page: kept right after assignments (in their transaction), after new
 * enterprises and in-house coordinators (after the commit), and always equal to a count of the coverage
 * rows done the slow, obvious way.
 */
@TongxingTest
@AutoConfigureMockMvc
class CoverageFiguresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EnterpriseRegistry enterprises;
    @Autowired
    CoordinatorRegistry coordinators;
    @Autowired
    CoverageAssignments assignments;
    @Autowired
    CoverageFigures figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScheduledTasks tasks;

    @BeforeEach
    void logInAndStartFromFreshFigures() {
        Logins.runAs(users, "admin");
        figures.refreshAll();
    }

    @AfterEach
    void logOut() {
        Logins.clear();
    }

    private Enterprise enterprise(TestEnterprises builder) {
        return enterprises.create(Scope.province(), builder.build(), "TEST");
    }

    private static TestEnterprises small(String region) {
        return anEnterprise().inRegion(region).withEmployees(20).withRevenue("200");
    }

    private static TestEnterprises large(String region) {
        return anEnterprise().inRegion(region).withEmployees(400).withRevenue("30000");
    }

    private CoverageReport.Row snapshot(String region) {
        return figures.report(Scope.province()).row(region);
    }

    @Test
    void the_snapshot_is_recomputed_by_the_persistent_scheduler_every_few_minutes_and_after_changes() {
        assertThat(tasks.names()).contains(CoverageFigureTasks.RECURRING, CoverageFigureTasks.SOON);
    }

    @Test
    void the_snapshot_follows_new_enterprises_assignments_removals_and_in_house_coordinators() {
        String region = "469024";   // 临高县
        CoverageReport.Row before = snapshot(region);

        Enterprise s1 = enterprise(small(region)), s2 = enterprise(small(region)), big = enterprise(large(region));
        CoverageReport.Row registered = snapshot(region);
        assertThat(registered.smallMicro().enterprises()).isEqualTo(before.smallMicro().enterprises() + 2);
        assertThat(registered.smallMicro().covered()).isEqualTo(before.smallMicro().covered());
        assertThat(registered.largeMedium().enterprises()).isEqualTo(before.largeMedium().enterprises() + 1);
        assertThat(registered.largeMedium().covered()).isEqualTo(before.largeMedium().covered());

        Coordinator g = coordinators.create(Scope.province(), aCoordinator().inRegion(region).atPost(WorkplaceType.UNION).build());
        assertThat(assignments.assign(Scope.province(), g.id(), List.of(s1.uscc(), s2.uscc(), big.uscc()))).isEqualTo(3);
        CoverageReport.Row assigned = snapshot(region);
        assertThat(assigned.smallMicro().covered()).isEqualTo(before.smallMicro().covered() + 2);
        assertThat(assigned.largeMedium().covered()).isEqualTo(before.largeMedium().covered() + 1);

        assignments.remove(Scope.province(), g.id(), s2.uscc());
        assignments.remove(Scope.province(), g.id(), big.uscc());
        CoverageReport.Row removed = snapshot(region);
        assertThat(removed.smallMicro().covered()).isEqualTo(before.smallMicro().covered() + 1);
        assertThat(removed.largeMedium().covered()).isEqualTo(before.largeMedium().covered());

        // An in-house coordinator covers their employer for the large/medium indicator, not for small/micro.
        coordinators.create(Scope.province(), aCoordinator().inRegion(region).inEnterprise(big.uscc()).build());
        coordinators.create(Scope.province(), aCoordinator().inRegion(region).inEnterprise(s2.uscc()).build());
        CoverageReport.Row inHouse = snapshot(region);
        assertThat(inHouse.largeMedium().covered()).isEqualTo(before.largeMedium().covered() + 1);
        assertThat(inHouse.smallMicro().covered()).isEqualTo(before.smallMicro().covered() + 1);

        assertThat(figures.report(Scope.province()).computedAt()).isNotNull();
        assertSnapshotEqualsTheObviousCount();
    }

    @Test
    void an_edit_that_makes_a_small_enterprise_large_moves_it_between_the_indicators_at_once() {
        String region = "469025";   // 白沙黎族自治县
        TestEnterprises builder = small(region);
        Enterprise e = enterprise(builder);
        CoverageReport.Row before = snapshot(region);

        enterprises.update(Scope.province(), e.id(), e.version(), builder.withUscc(e.uscc()).withEmployees(400).withRevenue("30000").build());
        CoverageReport.Row after = snapshot(region);
        assertThat(after.largeMedium().enterprises()).isEqualTo(before.largeMedium().enterprises() + 1);
        assertThat(after.smallMicro().enterprises()).isEqualTo(before.smallMicro().enterprises() - 1);
        assertSnapshotEqualsTheObviousCount();
    }

    @Test
    void the_workbench_counts_the_uncovered_enterprises_of_the_users_scope_from_the_snapshot() throws Exception {
        String key = "workbench.coverage.largeMediumUncovered";
        long province = tongxing.support.Workbench.figure(mvc, users, "admin", key);
        long haikou = tongxing.support.Workbench.figure(mvc, users, "haikou", key);
        assertThat(province).isEqualTo(figures.report(Scope.province()).largeMediumTotal().uncovered());

        enterprise(large("469027"));   // 乐东黎族自治县: a large enterprise nobody covers yet
        assertThat(tongxing.support.Workbench.figure(mvc, users, "admin", key)).isEqualTo(province + 1);
        assertThat(tongxing.support.Workbench.figure(mvc, users, "haikou", key)).isEqualTo(haikou);
        assertThat(tongxing.support.Workbench.figure(mvc, users, "haikou", "workbench.coverage.smallMicroUncovered"))
                .isEqualTo(figures.report(new Scope.Region("460100")).smallMicroTotal().uncovered());
    }

    @Test
    void the_rule_hands_each_uncovered_enterprise_to_whoever_covers_the_fewest_so_far() {
        String region = "469026";   // 昌江黎族自治县
        coordinators.create(Scope.province(), aCoordinator().inRegion(region).atPost(WorkplaceType.HRSS).build());
        Coordinator g2 = coordinators.create(Scope.province(), aCoordinator().inRegion(region).atPost(WorkplaceType.UNION).build());
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) mine.add(enterprise(small(region)).uscc());
        assignments.assign(Scope.province(), g2.id(), mine);   // g2 starts with 3 more than the HRSS one
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 9; i++) fresh.add(enterprise(i % 2 == 0 ? small(region) : anEnterprise().inRegion(region)
                .withEmployees(5).withRevenue("50")).uscc());
        // An in-house coordinator of a small enterprise covers it, but not as a grassroots coordinator: it is distributed too.
        coordinators.create(Scope.province(), aCoordinator().inRegion(region).inEnterprise(fresh.get(0)).build());
        // A suspended small enterprise is not distributed.
        EnterpriseData d = small(region).build();
        Enterprise suspended = enterprises.create(Scope.province(), new EnterpriseData(d.uscc(), d.name(), d.regionCode(),
                d.industryCode(), d.ownershipCode(), d.employees(), d.revenue(), d.assets(), d.legalRepresentative(),
                d.contactPerson(), d.contactPhone(), d.address(), d.establishedOn(), "SUSPENDED", d.tags()), "TEST");

        Map<Long, Long> loadsBefore = grassrootsLoads(region);
        long uncovered = uncoveredSmallMicro(region);
        assertThat(uncovered).isGreaterThanOrEqualTo(fresh.size());
        Map<Long, Long> expected = oneAtATime(loadsBefore, uncovered);

        assertThat(assignments.distributeUncovered(Scope.province(), region)).isEqualTo((int) uncovered);

        assertThat(grassrootsLoads(region)).isEqualTo(expected);
        assertThat(uncoveredSmallMicro(region)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM coordinator_coverage WHERE uscc IN (:u) AND source = 'RULE'")
                .param("u", fresh).query(Long.class).single()).isEqualTo(fresh.size());
        assertThat(jdbc.sql("SELECT count(*) FROM coordinator_coverage WHERE uscc = :u").param("u", suspended.uscc())
                .query(Long.class).single()).isZero();
        CoverageReport.Row row = snapshot(region);
        assertThat(row.smallMicro().covered()).isEqualTo(row.smallMicro().enterprises());
        // Nothing is left, so a second run assigns nothing.
        assertThat(assignments.distributeUncovered(Scope.province(), region)).isZero();
        assertSnapshotEqualsTheObviousCount();
    }

    @Test
    void a_city_bureau_sees_its_own_row_and_its_own_uncovered_enterprises_only_and_may_not_recompute() throws Exception {
        String tag = "范围" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Enterprise haikou = enterprise(small("460100").taggedWith(tag));
        Enterprise sanya = enterprise(small("460200").taggedWith(tag));
        Logins.clear();

        mvc.perform(get("/coordinators/coverage").with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-region=\"460100\""), not(containsString("data-region=\"460200\"")),
                        containsString("id=\"computed-at\""), not(containsString("id=\"refresh-button\"")))));
        // The region of the request is ignored for a city bureau: always its own.
        mvc.perform(get("/coordinators/coverage/uncovered").param("indicator", "SMALL_MICRO").param("region", "460200")
                        .param("tag", tag).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(haikou.uscc()), not(containsString(sanya.uscc())))));
        mvc.perform(get("/coordinators/coverage/uncovered").param("indicator", "SMALL_MICRO").param("tag", tag)
                        .with(Logins.as(users, "sanya")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(sanya.uscc()), not(containsString(haikou.uscc())))));
        mvc.perform(get("/coordinators/coverage").param("tag", tag).with(Logins.as(users, "haikou")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-region=\"460100\""), not(containsString("data-region=\"460200\"")),
                        containsString("id=\"computed-live\""))));
        mvc.perform(post("/coordinators/coverage/refresh").with(Logins.as(users, "haikou")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/coordinators/coverage/uncovered").param("indicator", "SMALL_MICRO").with(Logins.as(users, "coordinator")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/coordinators/coverage").with(Logins.as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-region=\"460100\""), containsString("data-region=\"460200\""),
                        containsString("id=\"refresh-button\""))));
        mvc.perform(post("/coordinators/coverage/refresh").with(Logins.as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/coordinators/coverage"))
                .andExpect(flash().attributeExists("message"));
    }

    @Test
    void the_uncovered_list_is_paged_and_its_pages_do_not_overlap() throws Exception {
        String region = "469025";   // 白沙黎族自治县
        for (int i = 0; i < 55; i++) enterprise(small(region).named("分页未覆盖测试" + i));
        coordinators.create(Scope.province(), aCoordinator().named("分页指派测试").inRegion(region).atPost(WorkplaceType.UNION).build());
        Logins.clear();
        String first = mvc.perform(get("/coordinators/coverage/uncovered").param("indicator", "SMALL_MICRO").param("region", region)
                        .with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("分页指派测试（工会）· 已覆盖 0 家");
        String second = mvc.perform(get("/coordinators/coverage/uncovered").param("indicator", "SMALL_MICRO").param("region", region)
                        .param("page", "2").with(Logins.as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> onFirst = usccs(first), onSecond = usccs(second);
        assertThat(onFirst).hasSize(50);
        assertThat(onSecond).isNotEmpty().doesNotContainAnyElementsOf(onFirst);
        assertThat(onFirst.size() + onSecond.size()).isEqualTo((int) Math.min(100, uncoveredSmallMicro(region)));
    }

    /** Every region's figures, counted from the coverage rows and the coordinators as the indicators define them. */
    private void assertSnapshotEqualsTheObviousCount() {
        Map<String, List<Long>> obvious = new HashMap<>();
        jdbc.sql("""
                        SELECT e.region_code,
                               count(*) FILTER (WHERE e.size_class IN ('LARGE', 'MEDIUM')) AS lm,
                               count(*) FILTER (WHERE e.size_class IN ('LARGE', 'MEDIUM')
                                                AND EXISTS (SELECT 1 FROM coordinator_coverage v WHERE v.uscc = e.uscc)) AS lm_covered,
                               count(*) FILTER (WHERE e.size_class IN ('SMALL', 'MICRO')) AS sm,
                               count(*) FILTER (WHERE e.size_class IN ('SMALL', 'MICRO')
                                                AND EXISTS (SELECT 1 FROM coordinator_coverage v JOIN coordinator c ON c.id = v.coordinator_id
                                                            WHERE v.uscc = e.uscc AND c.workplace_type <> 'ENTERPRISE')) AS sm_covered
                        FROM enterprise e WHERE e.status = 'ACTIVE' GROUP BY e.region_code""")
                .query((rs, n) -> obvious.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list();
        for (CoverageReport.Row r : figures.report(Scope.province()).rows()) {
            List<Long> o = obvious.getOrDefault(r.regionCode(), List.of(0L, 0L, 0L, 0L));
            assertThat(List.of(r.largeMedium().enterprises(), r.largeMedium().covered(), r.smallMicro().enterprises(),
                    r.smallMicro().covered())).as(r.regionCode()).isEqualTo(o);
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM (
                    (SELECT uscc, count(*), count(*) FILTER (WHERE source <> 'ENTERPRISE') FROM coordinator_coverage GROUP BY uscc
                     EXCEPT SELECT uscc, coordinators, grassroots FROM coordinator_covered_enterprise)
                    UNION ALL
                    (SELECT uscc, coordinators, grassroots FROM coordinator_covered_enterprise
                     EXCEPT SELECT uscc, count(*), count(*) FILTER (WHERE source <> 'ENTERPRISE') FROM coordinator_coverage GROUP BY uscc)) d""")
                .query(Long.class).single()).as("covered enterprises in step with the coverage rows").isZero();
    }

    private Map<Long, Long> grassrootsLoads(String region) {
        Map<Long, Long> loads = new HashMap<>();
        jdbc.sql("""
                        SELECT c.id, count(v.uscc) FROM coordinator c LEFT JOIN coordinator_coverage v ON v.coordinator_id = c.id
                        WHERE c.region_code = :region AND c.workplace_type <> 'ENTERPRISE' GROUP BY c.id""")
                .param("region", region).query((rs, n) -> loads.put(rs.getLong(1), rs.getLong(2))).list();
        return loads;
    }

    private long uncoveredSmallMicro(String region) {
        return jdbc.sql("""
                        SELECT count(*) FROM enterprise e WHERE e.region_code = :region AND e.status = 'ACTIVE'
                          AND e.size_class IN ('SMALL', 'MICRO')
                          AND NOT EXISTS (SELECT 1 FROM coordinator_coverage v JOIN coordinator c ON c.id = v.coordinator_id
                                          WHERE v.uscc = e.uscc AND c.workplace_type <> 'ENTERPRISE')""")
                .param("region", region).query(Long.class).single();
    }

    /** The rule as the plan states it, one enterprise at a time to the coordinator with the fewest (ties: lowest id). */
    private static Map<Long, Long> oneAtATime(Map<Long, Long> loads, long n) {
        Map<Long, Long> now = new HashMap<>(loads);
        PriorityQueue<Long> queue = new PriorityQueue<>(Comparator.<Long>comparingLong(now::get).thenComparingLong(id -> id));
        queue.addAll(now.keySet());
        for (long k = 0; k < n; k++) {
            long least = queue.poll();
            now.merge(least, 1L, Long::sum);
            queue.add(least);
        }
        return now;
    }

    private static List<String> usccs(String html) {
        List<String> found = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("data-uscc=\"([0-9A-Z]{18})\"").matcher(html);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
