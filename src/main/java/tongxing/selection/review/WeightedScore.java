package tongxing.selection.review;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.selection.campaign.Criterion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One reviewer's score of one nominee: Σ score × weight / 100 over the criteria, each score 0–100.
 * The weights sum to 100, so the result is exact to two decimals.
 */
public final class WeightedScore {

    /** The selection bundle on its own, for callers outside the application context. */
    private static final Texts STANDALONE = Texts.ofBundles("messages/selection");

    private WeightedScore() {
    }

    /** As {@link #of(List, Map, Texts)}, the reasons from the selection bundle read directly. */
    public static BigDecimal of(List<Criterion> criteria, Map<Integer, Integer> scores) {
        return of(criteria, scores, STANDALONE);
    }

    /** The weighted score; a missing or out-of-range score is a violation naming its criterion. */
    public static BigDecimal of(List<Criterion> criteria, Map<Integer, Integer> scores, Texts texts) {
        List<Violation> v = new ArrayList<>();
        long sum = 0;
        for (Criterion c : criteria) {
            Integer s = scores.get(c.position());
            if (s == null) v.add(new Violation("score" + c.position(), texts.get("selection.review.error.scoreMissing", c.name())));
            else if (s < 0 || s > 100) v.add(new Violation("score" + c.position(), texts.get("selection.review.error.scoreRange", c.name())));
            else sum += (long) s * c.weight();
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        return BigDecimal.valueOf(sum, 2);
    }
}
