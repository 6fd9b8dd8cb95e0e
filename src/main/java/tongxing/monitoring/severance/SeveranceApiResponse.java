package tongxing.monitoring.severance;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The answer of {@code POST /api/v1/tools/severance}: the amounts and every step of the computation. */
@Schema(name = "SeveranceQuote", description = "经济补偿计算结果 / Severance quote")
record SeveranceApiResponse(
        @Schema(description = "经济补偿（违法解除为二倍赔偿金）/ Art. 47 severance (art. 87: doubled)", example = "78000.00") BigDecimal severance,
        @Schema(description = "代通知金（第四十条）/ Notice pay (art. 40)", example = "0.00") BigDecimal noticePay,
        @Schema(description = "应支付合计 / Total owed", example = "78000.00") BigDecimal total,
        @Schema(description = "计算月数 N / Months counted", example = "12") BigDecimal monthsCounted,
        @Schema(description = "计算基数（元/月）/ Monthly wage used", example = "6500.00") BigDecimal wageUsed,
        @Schema(description = "是否适用三倍封顶 / Whether the 3× cap applied", example = "false") boolean capped,
        @Schema(description = "计算步骤（默认中文，?lang=en 为英文）/ Steps of the computation (Chinese by default, English with ?lang=en)") List<String> steps,
        @Schema(description = "提示，如 2008 年前工龄 / Warnings, e.g. service before 2008") List<String> warnings) {

    static SeveranceApiResponse of(SeveranceQuote q) {
        return new SeveranceApiResponse(q.severance(), q.noticePay(), q.total(), q.monthsCounted().stripTrailingZeros(),
                q.wageUsed(), q.capped(), q.steps(), q.warnings());
    }
}
