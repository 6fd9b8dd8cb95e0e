package tongxing.monitoring.feeds;

import java.time.LocalDate;
import java.util.List;

/** A load committed facts of these months: detection should look at them again. */
public record FeedLoaded(Feed feed, List<LocalDate> months, String loadedBy) {
}
