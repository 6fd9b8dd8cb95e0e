package tongxing.selection.decision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.review.RankedNominee;
import tongxing.selection.review.Ranking;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 评选决定: the office picks the winners — by default the top {@code quota} of the ranking; any other
 * choice needs a written reason — and the campaign moves to DECIDED.
 */
@Service
public class Decisions {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final Ranking ranking;
    private final AuditLog audit;
    private final Texts texts;

    Decisions(JdbcClient jdbc, Campaigns campaigns, Ranking ranking, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.ranking = ranking;
        this.audit = audit;
        this.texts = texts;
    }

    /** The default choice: the top {@code quota} nominees that have been scored. */
    public Set<Long> proposal(Campaign c) {
        return ranking.of(c.id()).stream().filter(r -> r.score() != null).limit(c.quota())
                .map(RankedNominee::nominationId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Transactional
    public void decide(long campaignId, int expectedVersion, Set<Long> winners, String reason) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(campaignId);
        Set<Long> candidates = ranking.of(campaignId).stream().map(RankedNominee::nominationId).collect(Collectors.toSet());
        if (c.version() == expectedVersion && c.state() == CampaignState.REVIEWING) {
            if (winners.isEmpty()) throw new ValidationException("winners", texts.get("selection.decision.error.none"));
            if (winners.size() > c.quota()) throw new ValidationException("winners", texts.get("selection.decision.error.overQuota", c.quota()));
            if (!candidates.containsAll(winners)) throw new ValidationException("winners", texts.get("selection.decision.error.notCandidate"));
            boolean override = !winners.equals(proposal(c));
            if (override && (reason == null || reason.isBlank()))
                throw new ValidationException("reason", texts.get("selection.decision.error.reasonRequired", c.quota()));
        }
        Map<String, Object> extra = new HashMap<>();
        extra.put("decision_reason", reason == null || reason.isBlank() ? null : reason.strip());
        campaigns.advance(campaignId, expectedVersion, CampaignState.REVIEWING, extra);
        jdbc.sql("UPDATE selection_nomination SET winner = (id IN (:w)), version = version + 1 WHERE campaign_id = :c")
                .param("w", List.copyOf(winners)).param("c", campaignId).update();
        audit.record(AuditAction.UPDATE, "selection_campaign", String.valueOf(campaignId),
                "评选决定：入选 " + winners.size() + " 个", null, Map.of("winners", List.copyOf(winners)));
    }
}
