package tongxing.selection.review;

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

    private WeightedScore() {
    }

    public static BigDecimal of(List<Criterion> criteria, Map<Integer, Integer> scores) {
        List<Violation> v = new ArrayList<>();
        long sum = 0;
        for (Criterion c : criteria) {
            Integer s = scores.get(c.position());
            if (s == null) v.add(new Violation("score" + c.position(), "请为“" + c.name() + "”打分"));
            else if (s < 0 || s > 100) v.add(new Violation("score" + c.position(), "“" + c.name() + "”的分数须为 0—100"));
            else sum += (long) s * c.weight();
        }
        if (!v.isEmpty()) throw new ValidationException(v);
        return BigDecimal.valueOf(sum, 2);
    }
}
