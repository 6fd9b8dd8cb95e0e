package tongxing.enterprise.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tongxing.enterprise.EnterpriseNotFoundException;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.api.ApiPermissions;
import tongxing.platform.api.ApiProblemSchema;
import tongxing.platform.api.JsonBatchReader;
import tongxing.platform.api.SystemApi;
import tongxing.platform.security.ApiClient;

import java.io.IOException;

/** The registry's system API: the market-regulation feed writes batches, external systems read one enterprise. */
@SystemApi
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "企业库 Enterprise registry", description = "企业登记数据的推送与查询 / Pushing and reading enterprise registrations")
class EnterpriseApiController {

    static final int MAX_BATCH = 5000;

    private final JsonBatchReader batches;
    private final ReceivingEnterpriseFeed feed;
    private final EnterpriseRegistry registry;

    EnterpriseApiController(JsonBatchReader batches, ReceivingEnterpriseFeed feed, EnterpriseRegistry registry) {
        this.batches = batches;
        this.feed = feed;
        this.registry = registry;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "批量登记或更新企业 / Upsert a batch of enterprises", description = """
            市场监管登记推送：一次最多 5000 家，按统一社会信用代码新增或更新，内容相同则不变（重复推送无副作用）。\
            每条单独校验，有错的条目被拒绝并列出字段与原因，其余照常入库。密钥限定某市县时，只能登记该市县的企业，\
            也不能修改其他市县已登记的企业。需要 enterprise:write 权限。

            Market-regulation feed: up to 5000 enterprises per request, inserted or updated by USCC; identical \
            data leaves the registry unchanged, so sending a batch twice is harmless. Each item is validated on its own: \
            a bad item is rejected with field and reason, the others are saved. A key limited to a city or county may \
            only write enterprises of that region and may not alter those registered elsewhere. Needs enterprise:write.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "企业数组 / Array of enterprises",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(
                            schema = @Schema(implementation = EnterpriseFeedItem.class), maxItems = MAX_BATCH))))
    @ApiResponse(responseCode = "200", description = "逐条结果 / Per-item results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FeedReport.class)))
    @ApiResponse(responseCode = "400", description = "请求体不是 JSON 数组或 JSON 格式错误 / Body is not a JSON array or is malformed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "401", description = "缺少或无效的 X-Api-Key / Missing or invalid X-Api-Key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "403", description = "密钥没有 enterprise:write 权限 / Key lacks enterprise:write",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "413", description = "超过 5000 条 / More than 5000 items",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    FeedReport upsert(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client, HttpServletRequest request) throws IOException {
        ApiPermissions.require(client, ApiPermissions.ENTERPRISE_WRITE);
        return feed.receive(client, batches.readArray(request.getInputStream(), MAX_BATCH));
    }

    @GetMapping("/{uscc}")
    @Operation(summary = "查询一家企业 / Read one enterprise", description = """
            按统一社会信用代码查询密钥辖区内的企业，联系电话脱敏。不存在或不在辖区内均返回 404。需要 enterprise:read 权限。

            Reads an enterprise of the key's region by USCC, with the phone masked. Unknown or outside the key's \
            region: 404. Needs enterprise:read.""")
    @ApiResponse(responseCode = "200", description = "企业 / The enterprise",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = EnterpriseView.class)))
    @ApiResponse(responseCode = "401", description = "缺少或无效的 X-Api-Key / Missing or invalid X-Api-Key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "403", description = "密钥没有 enterprise:read 权限 / Key lacks enterprise:read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "404", description = "不存在或不在辖区内 / Unknown or outside the key's region",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    EnterpriseView find(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
                        @Parameter(description = "统一社会信用代码 / USCC", example = "91460100MA5T00001L") @PathVariable String uscc) {
        ApiPermissions.require(client, ApiPermissions.ENTERPRISE_READ);
        return registry.find(client.scope(), uscc).map(EnterpriseView::of).orElseThrow(EnterpriseNotFoundException::new);
    }
}
