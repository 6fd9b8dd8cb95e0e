package tongxing.selection.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.StaffDirectory;
import tongxing.platform.security.StaffMember;
import tongxing.platform.validation.ValidationException;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** 评审专家: the office assigns provincial staff and experts as reviewers of a campaign. */
@Service
public class Reviewers {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Texts texts;

    Reviewers(JdbcClient jdbc, Campaigns campaigns, AuditLog audit, StaffDirectory staff, Texts texts) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.audit = audit;
        this.texts = texts;
    }

    /** Enabled accounts whose role may review: PROVINCE_ADMIN, PROVINCE_PARTY, EXPERT. */
    public List<Reviewer> eligible() {
        return staff.enabled(SelectionAccess.REVIEWER_ROLES).stream()
                .sorted(Comparator.comparing((StaffMember m) -> m.role().ordinal()).thenComparing(StaffMember::username))
                .map(Reviewers::reviewer).toList();
    }

    public List<Reviewer> of(long campaignId) {
        List<Long> ids = jdbc.sql("SELECT user_id FROM selection_reviewer WHERE campaign_id = :c")
                .param("c", campaignId).query(Long.class).list();
        return staff.byIds(ids).stream().map(Reviewers::reviewer).toList();
    }

    public Optional<Reviewer> user(long userId) {
        return staff.byId(userId).map(Reviewers::reviewer);
    }

    private static Reviewer reviewer(StaffMember m) {
        return new Reviewer(m.id(), m.username(), m.displayName(), m.role().name(), m.regionCode(), m.organizationId());
    }

    @Transactional
    public void assign(long campaignId, long userId) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        if (c.state().decided()) throw new ValidationException("state", texts.get("selection.review.error.decided"));
        Reviewer r = eligible().stream().filter(e -> e.userId() == userId).findFirst()
                .orElseThrow(() -> new ValidationException("userId", texts.get("selection.review.error.notEligible")));
        int n = jdbc.sql("INSERT INTO selection_reviewer (campaign_id, user_id, assigned_by) VALUES (:c, :u, :by) ON CONFLICT DO NOTHING")
                .param("c", campaignId).param("u", userId).param("by", CurrentUser.require().username()).update();
        if (n > 0) audit.record(AuditAction.CREATE, "selection_reviewer", campaignId + ":" + userId, "指定评审人：" + r.displayName());
    }

    @Transactional
    public void unassign(long campaignId, long userId) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        if (c.state() != CampaignState.DRAFT && c.state() != CampaignState.NOMINATING)
            throw new ValidationException("state", texts.get("selection.review.error.started"));
        int n = jdbc.sql("DELETE FROM selection_reviewer WHERE campaign_id = :c AND user_id = :u")
                .param("c", campaignId).param("u", userId).update();
        if (n > 0) audit.record(AuditAction.DELETE, "selection_reviewer", campaignId + ":" + userId, "移除评审人");
    }
}
