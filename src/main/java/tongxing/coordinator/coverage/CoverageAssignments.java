package tongxing.coordinator.coverage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.coordinator.WorkplaceType;
import tongxing.enterprise.EnterpriseCoverageQuery;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.security.Scope;
import tongxing.platform.security.UserAccounts;
import tongxing.platform.validation.ValidationException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final CoverageFigures figures;
    private final Texts texts;

    CoverageAssignments(JdbcClient jdbc, Coordinators coordinators, EnterpriseRegistry registry,
                        EnterpriseCoverageQuery enterprises, AuditLog audit, UserAccounts accounts, CoverageFigures figures, Texts texts) {
        this.jdbc = jdbc;
        this.coordinators = coordinators;
        this.registry = registry;
        this.enterprises = enterprises;
        this.audit = audit;
        this.accounts = accounts;
        this.figures = figures;
        this.texts = texts;
    }

    /** {@link #coveredByAnyone()} as SQL, for set-based counting inside the database. */
    public static final EnterpriseCoverageQuery.UsccSource ANYONE = new EnterpriseCoverageQuery.UsccSource(
            "SELECT v.uscc FROM coordinator_covered_enterprise v", Map.of());

    /**
     * {@link #coveredByGrassroots()} as SQL, for set-based counting inside the database. Rows of source
     * ENTERPRISE are exactly the in-house coordinators' own employer (the registry keeps it so on every
     * save, and only grassroots coordinators can be assigned), so the covered-enterprise table counts the
     * others as grassroots coverage without a join to {@code coordinator}.
     */
    public static final EnterpriseCoverageQuery.UsccSource GRASSROOTS = new EnterpriseCoverageQuery.UsccSource(
            "SELECT v.uscc FROM coordinator_covered_enterprise v WHERE v.grassroots > 0", Map.of());

    /** Every enterprise some coordinator covers (in-house or assigned). */
    public Set<String> coveredByAnyone() {
        return new HashSet<>(jdbc.sql(ANYONE.sql()).query(String.class).list());
    }

    /** Every enterprise a grassroots coordinator covers. */
    public Set<String> coveredByGrassroots() {
        return new HashSet<>(jdbc.sql(GRASSROOTS.sql()).query(String.class).list());
    }

    /** A grassroots coordinator to pick on the assignment form. */
    public record Assignee(long id, String name, WorkplaceType workplaceType, long covered) {
    }

    /**
     * The grassroots coordinators of a region that the scope may see, by name, with how many
     * enterprises each covers already: what the assignment form lists (no personal data, nothing
     * to decrypt, however many there are), so work can be shared out evenly.
     */
    public List<Assignee> assignees(Scope scope, String regionCode) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql("SELECT c.id, c.name, c.workplace_type,"
                        + " (SELECT count(*) FROM coordinator_coverage v WHERE v.coordinator_id = c.id) AS covered"
                        + " FROM coordinator c WHERE c.region_code = :region"
                        + " AND c.workplace_type <> 'ENTERPRISE' AND " + s.sql() + " ORDER BY c.name, c.id")
                .param("region", regionCode).params(s.params())
                .query((rs, n) -> new Assignee(rs.getLong(1), rs.getString(2), WorkplaceType.valueOf(rs.getString(3)), rs.getLong(4))).list();
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
            throw new ValidationException("usccs", texts.get("coordinator.coverage.error.notInRegion", String.join(texts.get("coordinator.list.separator"), problems)));
        int added = insertAll(Collections.nCopies(valid.size(), coordinatorId), valid, CoverageSource.MANUAL);
        figures.refresh(c.regionCode());
        audit.record(AuditAction.UPDATE, "coordinator_coverage", Long.toString(coordinatorId),
                "为协调员 " + c.name() + " 指派覆盖企业 " + added + " 家", null, Map.of("usccs", String.join(",", valid)));
        return added;
    }

    /**
     * 把本辖区未覆盖的小微企业平均分配给基层协调员: every active small or micro enterprise of the
     * region that no grassroots coordinator covers goes to a grassroots coordinator of the region, so
     * that the loads end up as even as they can be — as if each went in turn to whoever covers the
     * fewest so far ({@link EvenShares}). Set-based: the loads in one query, the uncovered enterprises
     * in another, all new rows in one statement. Two distributions of one region queue (a transaction
     * lock), so that the second finds nothing left rather than assigning the same enterprises twice.
     *
     * @return how many enterprises were assigned
     */
    @Transactional
    public int distributeUncovered(Scope scope, String regionCode) {
        if (!CoordinatorScope.mayManage(scope, regionCode))
            throw new ValidationException("region", texts.get("coordinator.coverage.error.regionScope"));
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('coordinator_coverage_distribute'), hashtext(:region))")
                .param("region", regionCode).query().listOfRows();
        record Load(long coordinatorId, long count) {
        }
        List<Load> loads = jdbc.sql("""
                        SELECT c.id, count(v.uscc) FROM coordinator c LEFT JOIN coordinator_coverage v ON v.coordinator_id = c.id
                        WHERE c.region_code = :region AND c.workplace_type <> 'ENTERPRISE' GROUP BY c.id ORDER BY c.id""")
                .param("region", regionCode).query((rs, n) -> new Load(rs.getLong(1), rs.getLong(2))).list();
        if (loads.isEmpty()) throw new ValidationException("region", texts.get("coordinator.coverage.error.noGrassroots"));
        List<String> uncovered = new ArrayList<>();
        enterprises.outside(new Scope.Region(regionCode), CoverageIndicators.SMALL_MICRO, regionCode, GRASSROOTS,
                0, 0, b -> uncovered.add(b.uscc()));
        int[] shares = EvenShares.of(loads.stream().mapToLong(Load::count).toArray(), uncovered.size());
        // The enterprises in the list's order (region, id), each coordinator's share in one run.
        List<Long> to = new ArrayList<>(uncovered.size());
        for (int i = 0; i < shares.length; i++) to.addAll(Collections.nCopies(shares[i], loads.get(i).coordinatorId()));
        int assigned = insertAll(to, uncovered, CoverageSource.RULE);
        figures.refresh(regionCode);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("region", regionCode);
        after.put("assigned", assigned);
        after.put("coordinators", loads.size());
        audit.record(AuditAction.UPDATE, "coordinator_coverage", regionCode,
                "按规则分配未覆盖小微企业 " + assigned + " 家给 " + loads.size() + " 名基层协调员", null, after);
        return assigned;
    }

    @Transactional
    public void remove(Scope scope, long coordinatorId, String uscc) {
        CoordinatorSummary c = grassroots(scope, coordinatorId);
        int n = jdbc.sql("DELETE FROM coordinator_coverage WHERE coordinator_id = :id AND uscc = :uscc AND source <> 'ENTERPRISE'")
                .param("id", coordinatorId).param("uscc", uscc).update();
        if (n == 0) return;
        // Assigned enterprises are of the coordinator's region, unless the coordinator has moved since.
        figures.refresh(registry.find(Scope.province(), uscc).map(e -> e.regionCode()).orElse(c.regionCode()));
        audit.record(AuditAction.DELETE, "coordinator_coverage", Long.toString(coordinatorId),
                "取消协调员 " + c.name() + " 对企业 " + uscc + " 的覆盖", Map.of("uscc", uscc), null);
    }

    private CoordinatorSummary grassroots(Scope scope, long coordinatorId) {
        CoordinatorSummary c = coordinators.find(scope, coordinatorId)
                .orElseThrow(tongxing.coordinator.registry.CoordinatorNotFoundException::new);
        if (!CoordinatorScope.mayManage(scope, c.regionCode()))
            throw new ValidationException("coordinatorId", texts.get("coordinator.coverage.error.coordinatorScope"));
        if (!c.workplaceType().grassroots())
            throw new ValidationException("coordinatorId", texts.get("coordinator.coverage.error.enterpriseCoordinator"));
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
        accounts.assignEnterprises(user, jdbc.sql("SELECT uscc FROM coordinator_coverage WHERE coordinator_id = :id")
                .param("id", coordinatorId).query(String.class).list());
    }

    /**
     * Inserts the pairs (coordinator i, enterprise i) in one statement, those already present left as
     * they are, and lets the coordinators who have an account read the enterprises of their pairs.
     *
     * @return how many rows were new
     */
    private int insertAll(List<Long> coordinatorIds, List<String> usccs, CoverageSource source) {
        if (usccs.isEmpty()) return 0;
        int added = jdbc.sql("""
                        INSERT INTO coordinator_coverage (coordinator_id, uscc, source)
                        SELECT t.c, t.u, :source FROM unnest(CAST(:coordinators AS bigint[]), CAST(:usccs AS char(18)[])) AS t(c, u)
                        ON CONFLICT (coordinator_id, uscc) DO NOTHING""")
                .param("coordinators", arrayLiteral(coordinatorIds)).param("usccs", arrayLiteral(usccs))
                .param("source", source.name()).update();
        Map<Long, Long> users = new HashMap<>();
        jdbc.sql("SELECT id, user_id FROM coordinator WHERE id IN (:ids) AND user_id IS NOT NULL")
                .param("ids", new HashSet<>(coordinatorIds)).query().listOfRows()
                .forEach(r -> users.put(((Number) r.get("id")).longValue(), ((Number) r.get("user_id")).longValue()));
        for (Map.Entry<Long, Long> linked : users.entrySet()) {
            List<String> theirs = new ArrayList<>();
            for (int i = 0; i < usccs.size(); i++) if (coordinatorIds.get(i).equals(linked.getKey())) theirs.add(usccs.get(i));
            accounts.assignEnterprises(linked.getValue(), theirs);
        }
        return added;
    }

    /** USCCs and ids are checked before (registry, database): the values contain no quote, comma or brace. */
    private static String arrayLiteral(List<?> values) {
        StringBuilder sb = new StringBuilder("{");
        for (Object v : values) {
            if (sb.length() > 1) sb.append(',');
            sb.append(v);
        }
        return sb.append('}').toString();
    }
}
