package tongxing.coordinator.coverage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseCoverageQuery.Brief;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.identity.Uscc;
import tongxing.platform.security.Scope;
import tongxing.platform.security.UserAccounts;
import tongxing.platform.validation.ValidationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Who covers which enterprise (覆盖): grassroots coordinators are given the small and micro
 * enterprises of their region, by a list or by the rule that spreads the uncovered ones evenly.
 */
@Service
public class CoverageAssignments {

    private final JdbcClient jdbc;
    private final Coordinators coordinators;
    private final EnterpriseRegistry registry;
    private final EnterpriseCoverageQuery enterprises;
    private final AuditLog audit;
    private final UserAccounts accounts;

    CoverageAssignments(JdbcClient jdbc, Coordinators coordinators, EnterpriseRegistry registry,
                        EnterpriseCoverageQuery enterprises, AuditLog audit, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.coordinators = coordinators;
        this.registry = registry;
        this.enterprises = enterprises;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** {@link #coveredByAnyone()} as SQL, for set-based counting inside the database. */
    public static final EnterpriseCoverageQuery.UsccSource ANYONE = new EnterpriseCoverageQuery.UsccSource(
            "SELECT v.uscc FROM coordinator_coverage v", Map.of());

    /**
     * {@link #coveredByGrassroots()} as SQL, for set-based counting inside the database. Rows of source
     * ENTERPRISE are exactly the in-house coordinators' own employer (the registry keeps it so on every
     * save, and only grassroots coordinators can be assigned), so no join to {@code coordinator} is needed.
     */
    public static final EnterpriseCoverageQuery.UsccSource GRASSROOTS = new EnterpriseCoverageQuery.UsccSource(
            "SELECT v.uscc FROM coordinator_coverage v WHERE v.source <> 'ENTERPRISE'", Map.of());

    /** Every enterprise some coordinator covers (in-house or assigned). */
    public Set<String> coveredByAnyone() {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT uscc FROM coordinator_coverage").query(String.class).list());
    }

    /** Every enterprise a grassroots coordinator covers. */
    public Set<String> coveredByGrassroots() {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT v.uscc FROM coordinator_coverage v JOIN coordinator c ON c.id = v.coordinator_id
                WHERE c.workplace_type <> 'ENTERPRISE'""").query(String.class).list());
    }

    /** The enterprises one coordinator covers, with since and source. */
    public List<Map<String, Object>> of(long coordinatorId) {
        return jdbc.sql("SELECT uscc, since, source FROM coordinator_coverage WHERE coordinator_id = :id ORDER BY since DESC, uscc")
                .param("id", coordinatorId).query().listOfRows();
    }

    /**
     * Assigns the listed enterprises to a grassroots coordinator. Each must be registered in the
     * coordinator's region; the ones already assigned to them are left as they are.
     *
     * @return how many were newly assigned
     */
    @Transactional
    public int assign(Scope scope, long coordinatorId, List<String> usccs) {
        CoordinatorSummary c = grassroots(scope, coordinatorId);
        List<String> problems = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        for (String raw : usccs) {
            String u = Uscc.normalize(raw == null ? null : raw.trim());
            if (u == null || u.isEmpty()) continue;
            if (Uscc.problem(u).isPresent() || registry.find(new Scope.Region(c.regionCode()), u).isEmpty()) problems.add(u);
            else valid.add(u);
        }
        if (!problems.isEmpty())
            throw new ValidationException("usccs", "以下企业不在该协调员所属市县的企业库中：" + String.join("、", problems));
        int added = 0;
        for (String u : valid) added += insert(coordinatorId, u, CoverageSource.MANUAL);
        audit.record(AuditAction.UPDATE, "coordinator_coverage", Long.toString(coordinatorId),
                "为协调员 " + c.name() + " 指派覆盖企业 " + added + " 家", null, Map.of("usccs", String.join(",", valid)));
        return added;
    }

    /**
     * 把本辖区未覆盖的小微企业平均分配给基层协调员: every active small or micro enterprise of the
     * region that no grassroots coordinator covers goes to the grassroots coordinator of the region
     * who covers the fewest so far, so that the loads end up as even as they can be.
     *
     * @return how many enterprises were assigned
     */
    @Transactional
    public int distributeUncovered(Scope scope, String regionCode) {
        if (!CoordinatorScope.mayManage(scope, regionCode))
            throw new ValidationException("region", "您只能分配本辖区的企业");
        record Load(long coordinatorId, int count) {
        }
        List<Load> loads = jdbc.sql("""
                        SELECT c.id, (SELECT count(*) FROM coordinator_coverage v WHERE v.coordinator_id = c.id) AS n
                        FROM coordinator c WHERE c.region_code = :region AND c.workplace_type <> 'ENTERPRISE' ORDER BY c.id""")
                .param("region", regionCode).query((rs, n) -> new Load(rs.getLong(1), rs.getInt(2))).list();
        if (loads.isEmpty()) throw new ValidationException("region", "本辖区还没有基层协调员，无法分配");
        PriorityQueue<Load> queue = new PriorityQueue<>(Comparator.comparingInt(Load::count).thenComparingLong(Load::coordinatorId));
        queue.addAll(loads);
        List<Brief> uncovered = new ArrayList<>();
        enterprises.outside(new Scope.Region(regionCode), CoverageIndicators.SMALL_MICRO, regionCode, GRASSROOTS,
                0, 0, uncovered::add);
        for (Brief b : uncovered) {
            Load least = queue.poll();
            insert(least.coordinatorId(), b.uscc(), CoverageSource.RULE);
            queue.add(new Load(least.coordinatorId(), least.count() + 1));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("region", regionCode);
        after.put("assigned", uncovered.size());
        after.put("coordinators", loads.size());
        audit.record(AuditAction.UPDATE, "coordinator_coverage", regionCode,
                "按规则分配未覆盖小微企业 " + uncovered.size() + " 家给 " + loads.size() + " 名基层协调员", null, after);
        return uncovered.size();
    }

    @Transactional
    public void remove(Scope scope, long coordinatorId, String uscc) {
        CoordinatorSummary c = grassroots(scope, coordinatorId);
        int n = jdbc.sql("DELETE FROM coordinator_coverage WHERE coordinator_id = :id AND uscc = :uscc AND source <> 'ENTERPRISE'")
                .param("id", coordinatorId).param("uscc", uscc).update();
        if (n > 0) audit.record(AuditAction.DELETE, "coordinator_coverage", Long.toString(coordinatorId),
                "取消协调员 " + c.name() + " 对企业 " + uscc + " 的覆盖", Map.of("uscc", uscc), null);
    }

    private CoordinatorSummary grassroots(Scope scope, long coordinatorId) {
        CoordinatorSummary c = coordinators.find(scope, coordinatorId)
                .orElseThrow(tongxing.coordinator.registry.CoordinatorNotFoundException::new);
        if (!CoordinatorScope.mayManage(scope, c.regionCode()))
            throw new ValidationException("coordinatorId", "您只能为本辖区的协调员分配企业");
        if (!c.workplaceType().grassroots())
            throw new ValidationException("coordinatorId", "企业协调员只覆盖所在企业，不能另行指派");
        return c;
    }

    /**
     * A coordinator with an account reads the enterprises they cover (their data scope is the
     * assigned enterprises); called for every new coverage row and when an account is linked.
     */
    public void grantAccess(long coordinatorId) {
        Long user = jdbc.sql("SELECT user_id FROM coordinator WHERE id = :id").param("id", coordinatorId)
                .query(Long.class).optional().orElse(null);
        if (user == null) return;
        for (String uscc : jdbc.sql("SELECT uscc FROM coordinator_coverage WHERE coordinator_id = :id")
                .param("id", coordinatorId).query(String.class).list()) {
            accounts.assignEnterprise(user, uscc);
        }
    }

    private int insert(long coordinatorId, String uscc, CoverageSource source) {
        int added = insertRow(coordinatorId, uscc, source);
        if (added > 0) {
            jdbc.sql("SELECT user_id FROM coordinator WHERE id = :id AND user_id IS NOT NULL").param("id", coordinatorId)
                    .query(Long.class).optional().ifPresent(user -> accounts.assignEnterprise(user, uscc));
        }
        return added;
    }

    private int insertRow(long coordinatorId, String uscc, CoverageSource source) {
        return jdbc.sql("""
                        INSERT INTO coordinator_coverage (coordinator_id, uscc, source) VALUES (:id, :uscc, :source)
                        ON CONFLICT (coordinator_id, uscc) DO NOTHING""")
                .param("id", coordinatorId).param("uscc", uscc).param("source", source.name()).update();
    }
}
