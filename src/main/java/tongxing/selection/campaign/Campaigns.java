package tongxing.selection.campaign;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.Category;
import tongxing.selection.SelectionAccess;
import tongxing.selection.SelectionConflict;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 评选活动: created and opened by the tripartite office; every state change goes through
 * {@link #advance}, which checks the version the user saw (optimistic locking) and the state.
 */
@Service
public class Campaigns {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Texts texts;

    Campaigns(JdbcClient jdbc, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public long create(CampaignDraft draft) {
        CurrentUser user = SelectionAccess.requireAdmin();
        List<Violation> v = draft.check(texts);
        if (!v.isEmpty()) throw new ValidationException(v);
        boolean exists = jdbc.sql("SELECT count(*) FROM selection_campaign WHERE year = :y AND category = :c")
                .param("y", draft.year()).param("c", draft.category().name()).query(Integer.class).single() > 0;
        if (exists) throw new ValidationException("year", texts.get("selection.error.campaignExists", draft.year()));
        long id = jdbc.sql("""
                        INSERT INTO selection_campaign (year, category, quota, nomination_deadline, review_deadline,
                                                        publicity_days, created_by)
                        VALUES (:year, :category, :quota, :nd, :rd, :days, :by) RETURNING id""")
                .param("year", draft.year()).param("category", draft.category().name()).param("quota", draft.quota())
                .param("nd", draft.nominationDeadline()).param("rd", draft.reviewDeadline())
                .param("days", draft.publicityDays()).param("by", user.username())
                .query(Long.class).single();
        writeDetails(id, draft);
        audit.record(AuditAction.CREATE, "selection_campaign", String.valueOf(id),
                "创建评选：" + draft.year() + " " + draft.category().officialName(), null, summary(draft));
        return id;
    }

    /** Changes a campaign that is still a draft. */
    @Transactional
    public void update(long id, int expectedVersion, CampaignDraft draft) {
        SelectionAccess.requireAdmin();
        Campaign before = get(id);
        if (before.version() != expectedVersion) throw new SelectionConflict(texts.get("selection.conflict"));
        if (before.state() != CampaignState.DRAFT) throw new ValidationException("state", texts.get("selection.error.started"));
        List<Violation> v = draft.check(texts);
        if (!v.isEmpty()) throw new ValidationException(v);
        int n = jdbc.sql("""
                        UPDATE selection_campaign SET quota = :quota, nomination_deadline = :nd, review_deadline = :rd,
                               publicity_days = :days, version = version + 1
                        WHERE id = :id AND version = :v""")
                .param("quota", draft.quota()).param("nd", draft.nominationDeadline()).param("rd", draft.reviewDeadline())
                .param("days", draft.publicityDays()).param("id", id).param("v", expectedVersion).update();
        if (n == 0) throw new SelectionConflict(texts.get("selection.conflict"));
        jdbc.sql("DELETE FROM selection_criterion WHERE campaign_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM selection_region_quota WHERE campaign_id = :id").param("id", id).update();
        writeDetails(id, draft);
        audit.record(AuditAction.UPDATE, "selection_campaign", String.valueOf(id), "修改评选设置", null, summary(draft));
    }

    /**
     * Moves a campaign from {@code from} to the next state, if the caller saw the current version.
     * The UPDATE repeats both conditions, so of two people acting at once exactly one succeeds.
     */
    @Transactional
    public Campaign advance(long id, int expectedVersion, CampaignState from, Map<String, Object> extraColumns) {
        Campaign c = get(id);
        if (c.version() != expectedVersion) throw new SelectionConflict(texts.get("selection.conflict"));
        if (c.state() != from) throw new ValidationException("state", texts.get("selection.error.state", texts.get("selection.state." + c.state().name())));
        StringBuilder set = new StringBuilder("state = :to, version = version + 1");
        extraColumns.keySet().forEach(col -> set.append(", ").append(col).append(" = :").append(col));
        var spec = jdbc.sql("UPDATE selection_campaign SET " + set + " WHERE id = :id AND version = :v AND state = :from")
                .param("to", from.next().name()).param("id", id).param("v", expectedVersion).param("from", from.name());
        for (var e : extraColumns.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        if (spec.update() == 0) throw new SelectionConflict(texts.get("selection.conflict"));
        Map<String, Object> after = new LinkedHashMap<>(extraColumns);
        after.put("state", from.next().name());
        audit.record(AuditAction.UPDATE, "selection_campaign", String.valueOf(id),
                "评选状态 " + from + " → " + from.next(), Map.of("state", from.name()), after);
        return get(id);
    }

    /** 开始推荐: the weights must sum to 100 and at least one region must have a quota. */
    @Transactional
    public Campaign open(long id, int expectedVersion) {
        SelectionAccess.requireAdmin();
        Campaign c = get(id);
        if (c.regionQuotas().values().stream().mapToInt(Integer::intValue).sum() == 0)
            throw new ValidationException("regionQuotas", texts.get("selection.error.noRegionQuota"));
        return advance(id, expectedVersion, CampaignState.DRAFT, Map.of());
    }

    /** 结束推荐、开始评审. */
    @Transactional
    public Campaign closeNominations(long id, int expectedVersion) {
        SelectionAccess.requireAdmin();
        return advance(id, expectedVersion, CampaignState.NOMINATING, Map.of());
    }

    /** A campaign the user may see: the office sees all, staff all but drafts, experts those they review. */
    public Campaign find(CurrentUser user, long id) {
        Campaign c = get(id);
        if (!maySee(user, c)) throw new NotFoundException();
        return c;
    }

    public boolean maySee(CurrentUser user, Campaign c) {
        if (user.role() == Role.PROVINCE_ADMIN) return true;
        if (c.state() == CampaignState.DRAFT) return false;
        if (user.role() == Role.PROVINCE_PARTY || user.role() == Role.CITY_STAFF) return true;
        if (c.state().published()) return true;
        return isReviewer(c.id(), user.id());
    }

    public List<Campaign> list(CurrentUser user) {
        return jdbc.sql("SELECT id FROM selection_campaign ORDER BY year DESC, category").query(Long.class).list()
                .stream().map(this::get).filter(c -> maySee(user, c)).toList();
    }

    public boolean isReviewer(long campaignId, long userId) {
        return jdbc.sql("SELECT count(*) FROM selection_reviewer WHERE campaign_id = :c AND user_id = :u")
                .param("c", campaignId).param("u", userId).query(Integer.class).single() > 0;
    }

    /** Loads a campaign regardless of who asks: for the services, which check access themselves. */
    public Campaign get(long id) {
        var row = jdbc.sql("SELECT * FROM selection_campaign WHERE id = :id").param("id", id)
                .query((rs, i) -> new Campaign(rs.getLong("id"), rs.getInt("year"), Category.valueOf(rs.getString("category")),
                        rs.getInt("quota"), date(rs.getDate("nomination_deadline")), date(rs.getDate("review_deadline")),
                        rs.getInt("publicity_days"), date(rs.getDate("publicity_start")), date(rs.getDate("publicity_end")),
                        CampaignState.valueOf(rs.getString("state")), rs.getString("decision_reason"), rs.getInt("version"),
                        List.of(), Map.of()))
                .optional().orElseThrow(NotFoundException::new);
        List<Criterion> criteria = jdbc.sql("SELECT position, name, weight FROM selection_criterion WHERE campaign_id = :id ORDER BY position")
                .param("id", id).query((rs, i) -> new Criterion(rs.getInt(1), rs.getString(2), rs.getInt(3))).list();
        Map<String, Integer> quotas = new LinkedHashMap<>();
        jdbc.sql("SELECT region_code, quota FROM selection_region_quota WHERE campaign_id = :id ORDER BY region_code")
                .param("id", id).query(rs -> { quotas.put(rs.getString(1), rs.getInt(2)); });
        return new Campaign(row.id(), row.year(), row.category(), row.quota(), row.nominationDeadline(), row.reviewDeadline(),
                row.publicityDays(), row.publicityStart(), row.publicityEnd(), row.state(), row.decisionReason(),
                row.version(), criteria, quotas);
    }

    private void writeDetails(long id, CampaignDraft draft) {
        for (Criterion c : draft.criteria()) {
            jdbc.sql("INSERT INTO selection_criterion (campaign_id, position, name, weight) VALUES (:id, :p, :n, :w)")
                    .param("id", id).param("p", c.position()).param("n", c.name().strip()).param("w", c.weight()).update();
        }
        draft.regionQuotas().forEach((region, q) -> {
            if (q != null && q > 0) {
                jdbc.sql("INSERT INTO selection_region_quota (campaign_id, region_code, quota) VALUES (:id, :r, :q)")
                        .param("id", id).param("r", region).param("q", q).update();
            }
        });
    }

    private static Map<String, Object> summary(CampaignDraft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", d.year());
        m.put("category", d.category().name());
        m.put("quota", d.quota());
        m.put("nominationDeadline", String.valueOf(d.nominationDeadline()));
        m.put("reviewDeadline", String.valueOf(d.reviewDeadline()));
        m.put("publicityDays", d.publicityDays());
        m.put("criteria", d.criteria().stream().map(c -> c.name() + " " + c.weight()).toList());
        m.put("regionQuotas", d.regionQuotas());
        return m;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
