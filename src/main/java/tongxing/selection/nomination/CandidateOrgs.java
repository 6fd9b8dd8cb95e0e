package tongxing.selection.nomination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.selection.Category;
import tongxing.selection.SelectionAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The small register of candidate organizations (selection_candidate_org). */
@Service
public class CandidateOrgs {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Texts texts;

    CandidateOrgs(JdbcClient jdbc, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public long add(String name, String regionCode, Category kind, String contact) {
        CurrentUser user = CurrentUser.require();
        SelectionAccess.require(user.role() == Role.PROVINCE_ADMIN || SelectionAccess.NOMINATORS.contains(user.role()));
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) v.add(new Violation("name", texts.get("selection.orgs.error.name")));
        if (kind == null || kind == Category.COORDINATOR) v.add(new Violation("kind", texts.get("selection.orgs.error.kind")));
        if (regionCode == null || regionCode.isBlank()) v.add(new Violation("regionCode", texts.get("selection.orgs.error.region")));
        else if (!ScopeSql.mayWriteRegion(user.scope(), regionCode)) v.add(new Violation("regionCode", texts.get("selection.orgs.error.regionScope")));
        if (!v.isEmpty()) throw new ValidationException(v);
        boolean dup = jdbc.sql("SELECT count(*) FROM selection_candidate_org WHERE kind = :k AND name = :n")
                .param("k", kind.name()).param("n", name.strip()).query(Integer.class).single() > 0;
        if (dup) throw new ValidationException("name", texts.get("selection.orgs.error.duplicate"));
        long id = jdbc.sql("""
                        INSERT INTO selection_candidate_org (name, region_code, kind, contact, created_by)
                        VALUES (:n, :r, :k, :c, :by) RETURNING id""")
                .param("n", name.strip()).param("r", regionCode).param("k", kind.name())
                .param("c", contact == null ? null : contact.strip()).param("by", user.username())
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, "selection_candidate_org", String.valueOf(id), "登记候选组织：" + name.strip(),
                null, Map.of("name", name.strip(), "region", regionCode, "kind", kind.name()));
        return id;
    }

    /** The organizations of a kind that the user may nominate: a city its own, the province all. */
    public List<CandidateOrg> list(CurrentUser user, Category kind) {
        var scope = ScopeSql.forEnterpriseRows(user.scope(), "region_code", "NULL");
        if (user.role() != Role.CITY_STAFF) scope = new ScopeSql("TRUE", Map.of());
        return jdbc.sql("SELECT id, name, region_code, kind, contact FROM selection_candidate_org WHERE kind = :k AND "
                        + scope.sql() + " ORDER BY region_code, name")
                .param("k", kind.name()).params(scope.params())
                .query((rs, i) -> new CandidateOrg(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public Optional<CandidateOrg> find(long id) {
        return jdbc.sql("SELECT id, name, region_code, kind, contact FROM selection_candidate_org WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> new CandidateOrg(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }
}
