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
                    FeedTexts.FEEDS.get("feeds.row.collectiveOverCases", String.valueOf(values[2]), String.valueOf(values[0]))));
        }
        if (feed == Feed.SOCIAL_INSURANCE && values[1] > 240) {
            return Optional.of(new Violation(feed.measures().get(1).header(), FeedTexts.FEEDS.get("feeds.row.arrearsTooLong", String.valueOf(values[1]))));
        }
        return Optional.empty();
    }
}
