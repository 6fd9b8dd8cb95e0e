package tongxing.selection.review;

import tongxing.selection.campaign.Criterion;
import tongxing.selection.nomination.Nomination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer sees for one nominee. {@code others} is empty until the reviewer has submitted
 * their own scores (blind scoring).
 */
public record ReviewSheet(Nomination nomination, List<Criterion> criteria, String conflict, boolean mayScore,
                          Map<Integer, Integer> ownScores, BigDecimal ownWeighted, List<OtherReview> others) {

    public boolean submitted() {
        return ownWeighted != null;
    }

    public record OtherReview(String reviewer, Map<Integer, Integer> scores, BigDecimal weighted) {
    }
}
