package tongxing.monitoring.feeds;

import io.swagger.v3.oas.annotations.media.Schema;
import tongxing.platform.validation.Violation;

import java.util.List;

/** The answer to a feed batch: totals, then one result per item in the order sent. */
@Schema(name = "MonitoringFeedReport", description = "推送结果 / Result of a feed batch")
record FeedReport(String feed, String month, Long loadId, Totals totals, List<ItemResult> results) {

    @Schema(name = "MonitoringFeedTotals")
    record Totals(int received, int inserted, int updated, int unchanged, int rejected, int unknown) {
    }

    /** status: inserted, updated, unchanged or rejected. */
    @Schema(name = "MonitoringFeedItemResult")
    record ItemResult(int index, String uscc, String status, List<Violation> errors) {
    }
}
