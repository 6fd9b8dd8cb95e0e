package tongxing.selection.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;

import java.util.List;
import java.util.Optional;

/** 评审专家: the office assigns provincial staff and experts as reviewers of a campaign. */
@Service
public class Reviewers {

    private static final String COLUMNS = "u.id AS user_id, u.username, u.display_name, u.role, u.region_code, u.organization_id";

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final AuditLog audit;

    Reviewers(JdbcClient jdbc, Campaigns campaigns, AuditLog audit) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    /** Enabled accounts whose role may review: PROVINCE_ADMIN, PROVINCE_PARTY, EXPERT. */
    public List<Reviewer> eligible() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform_user u WHERE u.enabled AND u.role IN (:roles) ORDER BY u.role, u.username")
                .param("roles", SelectionAccess.REVIEWER_ROLES.stream().map(Enum::name).toList())
                .query(Reviewer.class).list();
    }

    public List<Reviewer> of(long campaignId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM selection_reviewer r JOIN platform_user u ON u.id = r.user_id "
                        + "WHERE r.campaign_id = :c ORDER BY u.username")
                .param("c", campaignId).query(Reviewer.class).list();
    }

    public Optional<Reviewer> user(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform_user u WHERE u.id = :id").param("id", userId)
                .query(Reviewer.class).optional();
    }

    @Transactional
    public void assign(long campaignId, long userId) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        if (c.state().decided()) throw new ValidationException("state", "评选已决定，不能再调整评审人");
        Reviewer r = eligible().stream().filter(e -> e.userId() == userId).findFirst()
                .orElseThrow(() -> new ValidationException("userId", "该账号不能担任评审人（仅省级人员或专家）"));
        int n = jdbc.sql("INSERT INTO selection_reviewer (campaign_id, user_id, assigned_by) VALUES (:c, :u, :by) ON CONFLICT DO NOTHING")
                .param("c", campaignId).param("u", userId).param("by", CurrentUser.require().username()).update();
        if (n > 0) audit.record(AuditAction.CREATE, "selection_reviewer", campaignId + ":" + userId, "指定评审人：" + r.displayName());
    }

    @Transactional
    public void unassign(long campaignId, long userId) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        if (c.state() != CampaignState.DRAFT && c.state() != CampaignState.NOMINATING)
            throw new ValidationException("state", "评审已开始，不能再移除评审人");
        int n = jdbc.sql("DELETE FROM selection_reviewer WHERE campaign_id = :c AND user_id = :u")
                .param("c", campaignId).param("u", userId).update();
        if (n > 0) audit.record(AuditAction.DELETE, "selection_reviewer", campaignId + ":" + userId, "移除评审人");
    }
}
