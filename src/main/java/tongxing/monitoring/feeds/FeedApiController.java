package tongxing.monitoring.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tongxing.platform.api.ApiPermissions;
import tongxing.platform.api.ApiRequestRejected;
import tongxing.platform.api.JsonBatchReader;
import tongxing.platform.api.SystemApi;
import tongxing.platform.security.ApiClient;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.time.LocalDate;

/** The feeds' system API: a month of one feed per request, answered item by item. */
@SystemApi
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "重点企业监测 Monitoring feeds", description = "社保、就业备案、失业登记、劳动争议、投诉举报月度数据推送 / Monthly feeds")
class FeedApiController {

    static final int MAX_BATCH = 5000;
    static final String PERMISSION = "monitoring:write";
    static final String CSV = "text/csv";

    private final JsonBatchReader batches;
    private final ReceivingFeed receiving;
    private final ReceivingFeedCsv receivingCsv;

    FeedApiController(JsonBatchReader batches, ReceivingFeed receiving, ReceivingFeedCsv receivingCsv) {
        this.batches = batches;
        this.receiving = receiving;
        this.receivingCsv = receivingCsv;
    }

    /** One operation, two bodies: JSON items (up to 5000) or a whole month as CSV. */
    @PostMapping(path = "/{feed}", consumes = {MediaType.APPLICATION_JSON_VALUE, CSV})
    @Operation(summary = "推送一个月的监测数据（JSON 分批，或 CSV 整月）/ Push one month of a feed (JSON batches or a CSV month)", description = """
            feed 为 social-insurance（insured, arrearsMonths）、employment-filing（hires, separations）、\
            unemployment（registrations）、dispute（cases, workers, collectiveCases）、complaint（wageArrears, other）。\
            按数据源、月份、企业幂等：重复推送或更正推送替换原数据，不会累加。企业库中没有的统一社会信用代码、\
            密钥辖区外的企业和有误的数据逐条拒绝，注明字段和原因。需要 monitoring:write 权限。

            application/json：数组，每条为 {"uscc": "...", 各数值字段}，一次最多 5000 条，逐条返回结果（results）。

            text/csv：HRSS 系统按月导出的整月文件，一次最多 1,000,000 行（UTF-8，逗号分隔）。第 1 行为列名：uscc 及\
            数值字段（与 JSON 字段名相同，如 uscc,insured,arrearsMonths；也可用导入模板的中文列名），顺序不限，\
            其他列忽略。同一文件内同一企业只能出现一次。返回合计及被拒绝的行（行号，列名行为第 1 行），最多列出 10000 行。

            One month of one feed. Idempotent per feed, month and enterprise: a repeated or corrected push replaces, \
            never adds. Unknown USCCs, enterprises outside the key's region and bad figures are refused one by one \
            with field and reason. Needs monitoring:write. application/json: up to 5000 items {"uscc": ..., measures}, \
            answered item by item (MonitoringFeedReport). text/csv: the whole month in one request (up to 1,000,000 \
            lines, UTF-8), a header line naming uscc and the measures as in JSON (or the template's Chinese headers), \
            answered with totals and the refused lines by number, header = line 1 (MonitoringFeedCsvReport).""")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "array",
                    example = "[{\"uscc\": \"91460100MA5T00001L\", \"insured\": 120, \"arrearsMonths\": 0}]")),
            @Content(mediaType = CSV, schema = @Schema(type = "string",
                    example = "uscc,insured,arrearsMonths\n91460100MA5T00001L,120,0\n"))})
    @ApiResponse(responseCode = "200", description = "逐条或逐行的结果 / Result", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {FeedReport.class, FeedCsvReport.class})))
    Object receive(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
                   @Parameter(description = "数据源 / Feed", example = "social-insurance") @PathVariable String feed,
                   @Parameter(description = "月份 / Month", example = "2026-10") @RequestParam String month,
                   HttpServletRequest request) throws IOException {
        ApiPermissions.require(client, PERMISSION);
        Feed f = Feed.parse(feed).orElseThrow(NotFoundException::new);
        LocalDate m = month(month);
        if (MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(CSV)))
            return receivingCsv.receive(client, f, m, request.getInputStream(), request.getContentLengthLong());
        return receiving.receive(client, f, m, batches.readArray(request.getInputStream(), MAX_BATCH));
    }

    private static LocalDate month(String month) {
        LocalDate m = FeedMonth.parse(month).orElseThrow(() -> ApiRequestRejected.malformed("feeds.api.month", month));
        FeedMonth.problem(m, LocalDate.now()).ifPresent(p -> {
            throw ApiRequestRejected.malformed("feeds.api.monthRange", p);
        });
        return m;
    }
}
