package tongxing.monitoring.feeds;

import java.time.LocalDate;

/**
 * One row of a feed: an enterprise's numbers for one month, in the order of
 * {@link Feed#measures()}.
 */
public record FeedFact(LocalDate month, String uscc, int[] values) {
}
