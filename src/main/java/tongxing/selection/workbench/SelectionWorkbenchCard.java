package tongxing.selection.workbench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.web.WorkbenchCard;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.nomination.Nomination;
import tongxing.selection.nomination.Nominations;
import tongxing.selection.review.ConflictRule;
import tongxing.selection.review.Reviewer;
import tongxing.selection.review.Reviewers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The gold selections on the workbench: nominees a reviewer still has to score (those they must not
 * review left out, as on the review screen), and the campaigns taking nominations or in publicity.
 */
@Component
class SelectionWorkbenchCard implements WorkbenchCard {

    private final Campaigns campaigns;
    private final Nominations nominations;
    private final Reviewers reviewers;
    private final JdbcClient jdbc;

    SelectionWorkbenchCard(Campaigns campaigns, Nominations nominations, Reviewers reviewers, JdbcClient jdbc) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviewers = reviewers;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Card> cardFor(CurrentUser user) {
        if (!SelectionAccess.BROWSE.contains(user.role())) return Optional.empty();
        List<Campaign> visible = campaigns.list(user);
        long nominating = visible.stream().filter(c -> c.state() == CampaignState.NOMINATING).count();
        long publicity = visible.stream().filter(c -> c.state() == CampaignState.PUBLICITY).count();
        long toScore = 0;
        String scoreLink = "/selection/campaigns";
        for (Campaign c : visible) {
            if (c.state() != CampaignState.REVIEWING || !campaigns.isReviewer(c.id(), user.id())) continue;
            long n = toScore(user, c);
            if (n > 0) scoreLink = "/selection/campaigns/" + c.id();
            toScore += n;
        }
        return Optional.of(new Card("workbench.selection", "/selection/campaigns", List.of(
                Figure.toDo("workbench.selection.toScore", toScore, scoreLink),
                new Figure("workbench.selection.nominating", nominating, "/selection/campaigns"),
                new Figure("workbench.selection.inPublicity", publicity, "/selection/campaigns"))));
    }

    private long toScore(CurrentUser user, Campaign c) {
        Reviewer me = reviewers.user(user.id()).orElseThrow();
        Set<Long> scored = new HashSet<>(jdbc.sql("""
                        SELECT r.nomination_id FROM selection_review r JOIN selection_nomination n ON n.id = r.nomination_id
                        WHERE n.campaign_id = :c AND r.reviewer_id = :me""")
                .param("c", c.id()).param("me", user.id()).query(Long.class).list());
        return nominations.list(user, c).stream()
                .filter(Nomination::submitted)
                .filter(n -> ConflictRule.conflict(me, n).isEmpty())
                .filter(n -> !scored.contains(n.id()))
                .count();
    }

    @Override
    public int order() {
        return 40;
    }
}
