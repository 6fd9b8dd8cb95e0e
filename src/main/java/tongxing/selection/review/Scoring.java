package tongxing.selection.review;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.HainanDate;
import tongxing.selection.SelectionConflict;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.CampaignState;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.campaign.Criterion;
import tongxing.selection.nomination.Nomination;
import tongxing.selection.nomination.Nominations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 评审打分: each assigned reviewer scores each submitted nominee once, on every criterion,
 * independently: nobody's scores are shown to a reviewer before their own are in.
 */
@Service
public class Scoring {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final Nominations nominations;
    private final Reviewers reviewers;
    private final AuditLog audit;
    private final Texts texts;

    Scoring(JdbcClient jdbc, Campaigns campaigns, Nominations nominations, Reviewers reviewers, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.reviewers = reviewers;
        this.audit = audit;
        this.texts = texts;
    }

    public ReviewSheet sheet(long nominationId) {
        CurrentUser user = CurrentUser.require();
        Nomination n = nominations.find(user, nominationId);
        Campaign c = campaigns.get(n.campaignId());
        if (!n.submitted() || !campaigns.isReviewer(c.id(), user.id())) throw new NotFoundException();
        Reviewer me = reviewers.user(user.id()).orElseThrow();
        String conflict = ConflictRule.conflict(me, n).map(texts::get).orElse(null);
        Optional<BigDecimal> own = weighted(nominationId, user.id());
        List<ReviewSheet.OtherReview> others = new ArrayList<>();
        if (own.isPresent()) {
            for (Reviewer r : reviewers.of(c.id())) {
                if (r.userId() == user.id()) continue;
                weighted(nominationId, r.userId()).ifPresent(w ->
                        others.add(new ReviewSheet.OtherReview(r.displayName(), scores(nominationId, r.userId()), w)));
            }
        }
        boolean mayScore = conflict == null && own.isEmpty() && open(c);
        return new ReviewSheet(n, c.criteria(), conflict, mayScore, own.isPresent() ? scores(nominationId, user.id()) : Map.of(),
                own.orElse(null), others);
    }

    @Transactional
    public BigDecimal submit(long nominationId, Map<Integer, Integer> scores) {
        CurrentUser user = CurrentUser.require();
        Nomination n = nominations.find(user, nominationId);
        Campaign c = campaigns.get(n.campaignId());
        if (!n.submitted() || !campaigns.isReviewer(c.id(), user.id())) throw new NotFoundException();
        if (c.state() != CampaignState.REVIEWING) throw new ValidationException("state", texts.get("selection.review.error.notReviewing"));
        if (HainanDate.today().isAfter(c.reviewDeadline()))
            throw new ValidationException("reviewDeadline", texts.get("selection.review.error.deadline", c.reviewDeadline()));
        Reviewer me = reviewers.user(user.id()).orElseThrow();
        ConflictRule.conflict(me, n).ifPresent(key -> { throw new ValidationException("reviewer", texts.get(key)); });
        BigDecimal weighted = WeightedScore.of(c.criteria(), scores, texts);
        try {
            jdbc.sql("INSERT INTO selection_review (nomination_id, reviewer_id, weighted_score) VALUES (:n, :r, :w)")
                    .param("n", nominationId).param("r", user.id()).param("w", weighted).update();
        } catch (DuplicateKeyException e) {
            throw new SelectionConflict(texts.get("selection.conflict"));
        }
        for (Criterion cr : c.criteria()) {
            jdbc.sql("INSERT INTO selection_score (nomination_id, reviewer_id, position, score) VALUES (:n, :r, :p, :s)")
                    .param("n", nominationId).param("r", user.id()).param("p", cr.position())
                    .param("s", scores.get(cr.position())).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        scores.forEach((k, v) -> after.put("criterion" + k, v));
        after.put("weighted", weighted);
        audit.record(AuditAction.CREATE, "selection_review", nominationId + ":" + user.id(), "评审打分：" + n.nomineeName(), null, after);
        return weighted;
    }

    /** Has this reviewer scored every nominee they may score? (Then the ranking is no longer a hint.) */
    public boolean doneAll(long campaignId, long userId) {
        Reviewer me = reviewers.user(userId).orElseThrow();
        CurrentUser user = CurrentUser.require();
        Campaign c = campaigns.get(campaignId);
        for (Nomination n : nominations.list(user, c)) {
            if (!n.submitted() || ConflictRule.conflict(me, n).isPresent()) continue;
            if (weighted(n.id(), userId).isEmpty()) return false;
        }
        return true;
    }

    private static boolean open(Campaign c) {
        return c.state() == CampaignState.REVIEWING && !HainanDate.today().isAfter(c.reviewDeadline());
    }

    private Optional<BigDecimal> weighted(long nominationId, long reviewerId) {
        return jdbc.sql("SELECT weighted_score FROM selection_review WHERE nomination_id = :n AND reviewer_id = :r")
                .param("n", nominationId).param("r", reviewerId).query(BigDecimal.class).optional();
    }

    private Map<Integer, Integer> scores(long nominationId, long reviewerId) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        jdbc.sql("SELECT position, score FROM selection_score WHERE nomination_id = :n AND reviewer_id = :r ORDER BY position")
                .param("n", nominationId).param("r", reviewerId).query(rs -> { m.put(rs.getInt(1), rs.getInt(2)); });
        return m;
    }
}
