package tongxing.monitoring.feeds;

import tongxing.platform.validation.Violation;

import java.util.Optional;

/** Consistency of one row's numbers beyond "a non-negative whole number". */
final class FeedRules {

    private FeedRules() {
    }

    /** The violation names the column by its file header. */
    static Optional<Violation> check(Feed feed, int[] values) {
        if (feed == Feed.DISPUTE && values[2] > values[0]) {
            return Optional.of(new Violation(feed.measures().get(2).header(),
                    "集体争议案件数（" + values[2] + "）不能大于争议案件数（" + values[0] + "）"));
        }
        if (feed == Feed.SOCIAL_INSURANCE && values[1] > 240) {
            return Optional.of(new Violation(feed.measures().get(1).header(), "欠缴月数 " + values[1] + " 超过 240 个月，请核对"));
        }
        return Optional.empty();
    }
}
