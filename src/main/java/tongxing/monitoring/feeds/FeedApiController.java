package tongxing.monitoring.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    FeedApiController(JsonBatchReader batches, ReceivingFeed receiving) {
        this.batches = batches;
        this.receiving = receiving;
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
    FeedReport receive(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
                       @Parameter(description = "数据源 / Feed", example = "social-insurance") @PathVariable String feed,
                       @Parameter(description = "月份 / Month", example = "2026-10") @RequestParam String month,
                       HttpServletRequest request) throws IOException {
        ApiPermissions.require(client, PERMISSION);
        Feed f = Feed.parse(feed).orElseThrow(NotFoundException::new);
        LocalDate m = FeedMonth.parse(month).orElseThrow(() -> ApiRequestRejected.malformed("feeds.api.month", month));
        FeedMonth.problem(m, LocalDate.now()).ifPresent(p -> {
            throw ApiRequestRejected.malformed("feeds.api.monthRange", p);
        });
        return receiving.receive(client, f, m, batches.readArray(request.getInputStream(), MAX_BATCH));
    }
}
