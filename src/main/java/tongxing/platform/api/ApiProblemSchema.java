package tongxing.platform.api;

import io.swagger.v3.oas.annotations.media.Schema;
import tongxing.platform.validation.Violation;

import java.util.List;

/** The shape of every API error, for the OpenAPI document only (the answers are Spring {@code ProblemDetail}s). */
@Schema(name = "Problem", description = """
        RFC 9457 问题详情：出错时的统一应答，Content-Type 为 application/problem+json。
        RFC 9457 problem details: every error answer, served as application/problem+json.""")
public record ApiProblemSchema(
        @Schema(description = "问题类型 / Problem type", example = "about:blank") String type,
        @Schema(description = "简短标题 / Short title", example = "请求有误") String title,
        @Schema(description = "HTTP 状态码 / HTTP status", example = "400") int status,
        @Schema(description = "说明与处理建议 / What went wrong and what to do",
                example = "请求体不是有效的 JSON（第 1 行第 12 列）") String detail,
        @Schema(description = "请求路径 / Request path", example = "/api/v1/enterprises") String instance,
        @Schema(description = "数据校验错误：字段与原因（仅校验失败时）/ Validation errors: field and reason (validation failures only)")
        List<Violation> violations) {
}
