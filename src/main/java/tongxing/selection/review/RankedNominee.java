package tongxing.selection.review;

import java.math.BigDecimal;

/** One line of the ranking: the mean of the reviewers' weighted scores (null when nobody scored yet). */
public record RankedNominee(int rank, long nominationId, String nomineeName, String regionCode, String unitPost,
                            String skillLevel, String reasons, BigDecimal score, int reviews, boolean winner,
                            String removedReason) {
}
