package tongxing.monitoring.severance;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

/** The request of {@code POST /api/v1/tools/severance}, for the OpenAPI document (the body is read field by field). */
@Schema(name = "SeveranceRequest", description = "经济补偿计算请求 / Severance computation request")
record SeveranceApiRequest(
        @Schema(description = "解除前十二个月平均工资（元/月）/ Average monthly wage of the last 12 months", example = "6500.00",
                requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal averageMonthlyWage,
        @Schema(description = "入职日期 / Hire date", example = "2015-03-01", requiredMode = Schema.RequiredMode.REQUIRED) String hireDate,
        @Schema(description = "解除或终止日期（最后工作日）/ Termination date (last working day)", example = "2026-11-30",
                requiredMode = Schema.RequiredMode.REQUIRED) String terminationDate,
        @Schema(description = "解除或终止情形 / Termination type", example = "ECONOMIC_LAYOFF",
                requiredMode = Schema.RequiredMode.REQUIRED) TerminationType type,
        @Schema(description = "用人单位所在市县代码 / Area code of the employer", example = "460100",
                requiredMode = Schema.RequiredMode.REQUIRED) String regionCode,
        @Schema(description = "采用哪一年的工资参数（最低工资、上年度平均工资），空则按解除日期 / Year of the wage parameters; "
                + "empty means those in force on the termination date", example = "2026") Integer year,
        @Schema(description = "上月工资，第四十条代通知金用 / Last month's wage, for art. 40 notice pay", example = "6400.00")
        BigDecimal previousMonthWage,
        @Schema(description = "已提前三十日书面通知（第四十条）/ 30 days' written notice given (art. 40)", example = "false")
        Boolean noticeGiven,
        @Schema(description = "期满时用人单位维持或提高条件续订而劳动者不同意 / Same-or-better renewal offered and refused",
                example = "false") Boolean renewalOfferedAndRefused) {
}
