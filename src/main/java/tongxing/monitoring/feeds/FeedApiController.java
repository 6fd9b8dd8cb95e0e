package tongxing.monitoring.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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

    private final JsonBatchReader batches;
    private final ReceivingFeed receiving;
    private final ReceivingFeedCsv receivingCsv;

    FeedApiController(JsonBatchReader batches, ReceivingFeed receiving, ReceivingFeedCsv receivingCsv) {
        this.batches = batches;
        this.receiving = receiving;
        this.receivingCsv = receivingCsv;
    }

    @PostMapping(path = "/{feed}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "推送一个月的监测数据 / Push one month of a feed", description = """
            feed 为 social-insurance（insured, arrearsMonths）、employment-filing（hires, separations）、\
            unemployment（registrations）、dispute（cases, workers, collectiveCases）、complaint（wageArrears, other）。\
            每条为 {"uscc": "...", 各数值字段}，一次最多 5000 条。按数据源、月份、企业幂等：重复推送或更正推送替换原数据，不会累加。\
            企业库中没有的统一社会信用代码和密钥辖区外的企业逐条拒绝。需要 monitoring:write 权限。

            One month of one feed, up to 5000 items {"uscc": ..., measures}. Idempotent per feed, month and \
            enterprise: a repeated or corrected push replaces, never adds. Unknown USCCs and enterprises outside the \
            key's region are rejected item by item. Needs monitoring:write.""")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(type = "array",
            example = "[{\"uscc\": \"91460100MA5T00001L\", \"insured\": 120, \"arrearsMonths\": 0}]")))
    FeedReport receive(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
                       @Parameter(description = "数据源 / Feed", example = "social-insurance") @PathVariable String feed,
                       @Parameter(description = "月份 / Month", example = "2026-10") @RequestParam String month,
                       HttpServletRequest request) throws IOException {
        ApiPermissions.require(client, PERMISSION);
        Feed f = Feed.parse(feed).orElseThrow(NotFoundException::new);
        return receiving.receive(client, f, month(month), batches.readArray(request.getInputStream(), MAX_BATCH));
    }

    @PostMapping(path = "/{feed}", consumes = "text/csv")
    @Operation(summary = "以 CSV 推送一个月的监测数据（整月文件）/ Push a whole month of a feed as CSV", description = """
            HRSS 系统按月导出的整月数据，一次请求最多 1,000,000 行，Content-Type: text/csv（UTF-8，逗号分隔）。\
            第 1 行为列名：uscc 及该数据源的数值字段（与 JSON 字段名相同，如 social-insurance 为 uscc,insured,arrearsMonths；\
            也可用导入模板的中文列名 统一社会信用代码、参保人数、欠缴月数），顺序不限，其他列（如企业名称）忽略。\
            校验与 JSON 相同（代码、数值、企业库登记、密钥辖区、同一文件内重复），合格的行写入，不合格的行按行号\
            （列名行为第 1 行）返回字段和原因，最多列出 10000 行。幂等：重复或更正推送替换原数据，不会累加。需要 monitoring:write 权限。

            A whole month of one feed in one request (up to 1,000,000 lines), text/csv in UTF-8 with a header line \
            naming uscc and the feed's fields as in JSON (or the template's Chinese headers). The same checks as JSON; \
            good lines are loaded, refused lines are answered by line number (header = line 1) with field and reason \
            (at most 10,000 listed, all counted). Idempotent. Needs monitoring:write.""")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = "string",
            example = "uscc,insured,arrearsMonths\n91460100MA5T00001L,120,0\n")))
    FeedCsvReport receiveCsv(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
                             @Parameter(description = "数据源 / Feed", example = "social-insurance") @PathVariable String feed,
                             @Parameter(description = "月份 / Month", example = "2026-10") @RequestParam String month,
                             HttpServletRequest request) throws IOException {
        ApiPermissions.require(client, PERMISSION);
        Feed f = Feed.parse(feed).orElseThrow(NotFoundException::new);
        return receivingCsv.receive(client, f, month(month), request.getInputStream());
    }

    private static LocalDate month(String month) {
        LocalDate m = FeedMonth.parse(month).orElseThrow(() -> ApiRequestRejected.malformed("feeds.api.month", month));
        FeedMonth.problem(m, LocalDate.now()).ifPresent(p -> {
            throw ApiRequestRejected.malformed("feeds.api.monthRange", p);
        });
        return m;
    }
}
