package tongxing.selection.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.decision.Decisions;
import tongxing.selection.nomination.Nomination;
import tongxing.selection.nomination.Nominations;
import tongxing.selection.publicity.Publicity;
import tongxing.selection.review.Ranking;
import tongxing.selection.review.Reviewers;
import tongxing.selection.review.Scoring;

import java.util.List;

/**
 * One campaign on one page, showing each role its step: the office the settings, reviewers,
 * ranking, decision and objections; a city its nominations and quota; a reviewer the nominees to score.
 */
@Controller
class CampaignOverviewController {

    private final Campaigns campaigns;
    private final Nominations nominations;
    private final Reviewers reviewers;
    private final Scoring scoring;
    private final Ranking ranking;
    private final Decisions decisions;
    private final Publicity publicity;
    private final Regions regions;

    CampaignOverviewController(Campaigns campaigns, Nominations nominations, Reviewers reviewers, Scoring scoring,
                               Ranking ranking, Decisions decisions, Publicity publicity, Regions regions) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviewers = reviewers;
        this.scoring = scoring;
        this.ranking = ranking;
        this.decisions = decisions;
        this.publicity = publicity;
        this.regions = regions;
    }

    @GetMapping("/selection/campaigns/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        Campaign c = campaigns.find(user, id);
        boolean admin = SelectionAccess.isAdmin(user);
        boolean reviewer = campaigns.isReviewer(id, user.id());
        List<Nomination> visible = nominations.list(user, c);
        model.addAttribute("c", c);
        model.addAttribute("admin", admin);
        model.addAttribute("reviewer", reviewer);
        model.addAttribute("regions", regions);
        model.addAttribute("nominations", visible);
        boolean nominator = SelectionAccess.NOMINATORS.contains(user.role());
        model.addAttribute("nominator", nominator);
        if (nominator) {
            String region = user.role() == Role.CITY_STAFF ? user.regionCode() : Regions.PROVINCE;
            long used = visible.stream().filter(n -> n.nominatingRegion().equals(region)).count();
            model.addAttribute("myRegion", region);
            model.addAttribute("myQuota", c.regionQuota(region));
            model.addAttribute("myUsed", used);
            model.addAttribute("myDrafts", visible.stream().filter(n -> n.nominatingRegion().equals(region) && !n.submitted()).count());
        }
        if (admin) {
            model.addAttribute("reviewers", reviewers.of(id));
            model.addAttribute("eligibleReviewers", reviewers.eligible());
            // An office user who is also a reviewer sees the ranking only after scoring everyone (blind scoring).
            boolean rankingVisible = !reviewer || c.state().decided() || scoring.doneAll(id, user.id());
            model.addAttribute("rankingVisible", rankingVisible);
            if (rankingVisible) model.addAttribute("ranking", ranking.of(id));
            if (c.state() == CampaignState.REVIEWING) model.addAttribute("proposal", decisions.proposal(c));
            model.addAttribute("objections", publicity.objections(id));
        }
        return "selection/campaign";
    }
}
