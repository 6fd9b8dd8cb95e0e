package tongxing.enterprise.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tongxing.platform.validation.Violation;

import java.util.List;

/** The answer to a feed batch: totals, then one result per item in the order they were sent. */
@Schema(name = "EnterpriseFeedReport", description = "批量登记结果 / Result of a batch")
record FeedReport(Totals totals,
                  @ArraySchema(arraySchema = @Schema(description = "逐条结果，顺序与提交顺序一致 / One result per item, in input order"))
                  List<ItemResult> results) {

    @Schema(name = "EnterpriseFeedTotals", description = "合计 / Totals")
    record Totals(@Schema(description = "收到条数 / Items received", example = "3") int received,
                  @Schema(description = "新增 / Inserted", example = "2") int inserted,
                  @Schema(description = "更新 / Updated", example = "0") int updated,
                  @Schema(description = "内容相同未变 / Unchanged (identical to the registry)", example = "0") int unchanged,
                  @Schema(description = "拒绝（见各条 errors）/ Rejected (see each item's errors)", example = "1") int rejected) {
    }

    @Schema(name = "EnterpriseFeedItemResult", description = "一条的结果 / Result of one item")
    record ItemResult(@Schema(description = "在提交数组中的位置，从 0 开始 / Position in the submitted array, from 0", example = "0")
                      int index,
                      @Schema(description = "统一社会信用代码（按提交内容）/ USCC as submitted", example = "91460100MA5T00001L")
                      String uscc,
                      @Schema(description = "结果 / Outcome", allowableValues = {"inserted", "updated", "unchanged", "rejected"})
                      String status,
                      @ArraySchema(arraySchema = @Schema(description = "拒绝原因：字段与原因 / Why rejected: field and reason"))
                      List<Violation> errors) {
    }

    static FeedReport of(List<ItemResult> results) {
        int inserted = count(results, "inserted"), updated = count(results, "updated");
        int unchanged = count(results, "unchanged"), rejected = count(results, "rejected");
        return new FeedReport(new Totals(results.size(), inserted, updated, unchanged, rejected), results);
    }

    private static int count(List<ItemResult> results, String status) {
        return (int) results.stream().filter(r -> r.status().equals(status)).count();
    }
}
