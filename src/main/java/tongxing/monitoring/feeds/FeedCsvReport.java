package tongxing.monitoring.feeds;

import io.swagger.v3.oas.annotations.media.Schema;
import tongxing.platform.validation.Violation;

import java.util.List;

/**
 * The answer to a month sent as CSV: the totals over every line, then the refused lines by line
 * number (the header is line 1), at most {@value ReceivingFeedCsv#MAX_LISTED} of them.
 */
@Schema(name = "MonitoringFeedCsvReport", description = "CSV 推送结果：各行合计，及被拒绝的行（行号、字段、原因） / Result of a CSV month")
record FeedCsvReport(String feed, String month, Long loadId, FeedReport.Totals totals,
                     @Schema(description = "被拒绝的行超过 10000 行时只列出前 10000 行 / more refused lines than listed")
                     boolean refusedTruncated,
                     List<Refused> refused) {

    @Schema(name = "MonitoringFeedRefusedLine")
    record Refused(long line, String uscc, List<Violation> errors) {
    }
}
