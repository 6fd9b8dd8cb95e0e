package tongxing.monitoring.severance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tongxing.platform.api.ApiProblemSchema;
import tongxing.platform.api.SystemApi;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.ApiClient;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * 经济补偿计算接口: the severance calculator for external systems. It reads no stored records, so
 * any valid API key may call it. The body is read field by field, so that a wrong date or an
 * unknown termination type is answered with the field and the reason, like any other bad input.
 */
@SystemApi
@RestController
@Tag(name = "工具 Tools", description = "经济补偿计算 / Severance calculator")
class SeveranceApi {

    private final SeveranceQuotes quotes;
    private final Texts texts;

    SeveranceApi(SeveranceQuotes quotes, Texts texts) {
        this.quotes = quotes;
        this.texts = texts;
    }

    @PostMapping(path = "/api/v1/tools/severance", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "计算经济补偿 / Compute severance", description = """
            按《劳动合同法》第四十条、第四十六条、第四十七条、第八十七条计算经济补偿：月工资低于当地最低工资的按最低工资；\
            高于上年度职工月平均工资三倍的按三倍封顶且年限最多十二年；满一年计一个月，六个月以上按一年，不满六个月计半个月；\
            2008年1月1日前的工龄单独提示。工资参数按地区和年份（默认按解除日期）取用。返回金额和逐步计算过程。\
            任何有效的接口密钥均可调用。

            Computes severance under the Labor Contract Law arts. 40, 46, 47 and 87: minimum-wage floor; the 3× \
            average-wage cap with at most 12 years; whole years, 6 months or more as one, less as a half; service \
            before 2008-01-01 flagged. Wage parameters by area and year (default: those in force on the termination \
            date). Returns the amounts and every step. Any valid API key may call it.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = SeveranceApiRequest.class))))
    @ApiResponse(responseCode = "200", description = "计算结果 / The quote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = SeveranceApiResponse.class)))
    @ApiResponse(responseCode = "400", description = "输入有误，violations 列出字段与原因 / Bad input: violations name field and reason",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "401", description = "缺少或无效的 X-Api-Key / Missing or invalid X-Api-Key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    SeveranceApiResponse compute(@Parameter(hidden = true) @AuthenticationPrincipal ApiClient client,
                                 @RequestBody JsonNode body) {
        List<Violation> v = new ArrayList<>();
        if (body == null || !body.isObject()) throw new ValidationException("body", texts.get("severance.api.notAnObject"));
        BigDecimal wage = decimal(body, "averageMonthlyWage", texts.get("severance.api.averageMonthlyWage"), true, v);
        LocalDate hire = date(body, "hireDate", texts.get("severance.api.hireDate"), v);
        LocalDate end = date(body, "terminationDate", texts.get("severance.api.terminationDate"), v);
        TerminationType type = type(body, v);
        String region = text(body, "regionCode");
        if (region == null) v.add(new Violation("regionCode", texts.get("severance.api.regionRequired")));
        Integer year = year(body, v);
        BigDecimal previous = decimal(body, "previousMonthWage", texts.get("severance.api.previousMonthWage"), false, v);
        boolean notice = bool(body, "noticeGiven", v);
        boolean refused = bool(body, "renewalOfferedAndRefused", v);
        if (!v.isEmpty()) throw new ValidationException(v);
        SeveranceInput in = new SeveranceInput(wage, hire, end, type, region, previous, notice, refused);
        return SeveranceApiResponse.of(quotes.quote(in, year == null ? null : LocalDate.of(year, 12, 31)));
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        String s = n.isString() ? n.stringValue() : n.toString();
        return s.isBlank() ? null : s.trim();
    }

    private BigDecimal decimal(JsonNode body, String field, String label, boolean required, List<Violation> v) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull() || (n.isString() && n.stringValue().isBlank())) {
            if (required) v.add(new Violation(field, texts.get("severance.api.required", label)));
            return null;
        }
        try {
            BigDecimal d = n.isNumber() ? n.decimalValue() : new BigDecimal(n.stringValue().trim().replace(",", ""));
            if (d.signum() < 0) v.add(new Violation(field, texts.get("severance.api.negative", label)));
            return d;
        } catch (RuntimeException e) {
            v.add(new Violation(field, texts.get("severance.api.notANumber", label, n.toString())));
            return null;
        }
    }

    private LocalDate date(JsonNode body, String field, String label, List<Violation> v) {
        String s = text(body, field);
        if (s == null) {
            v.add(new Violation(field, texts.get("severance.api.required", label)));
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            v.add(new Violation(field, texts.get("severance.api.notADate", label, s)));
            return null;
        }
    }

    private TerminationType type(JsonNode body, List<Violation> v) {
        String s = text(body, "type");
        if (s == null) {
            v.add(new Violation("type", texts.get("severance.api.typeRequired")));
            return null;
        }
        try {
            return TerminationType.valueOf(s);
        } catch (IllegalArgumentException e) {
            v.add(new Violation("type", texts.get("severance.api.typeInvalid", s, List.of(TerminationType.values()).toString())));
            return null;
        }
    }

    private Integer year(JsonNode body, List<Violation> v) {
        String s = text(body, "year");
        if (s == null) return null;
        try {
            int y = Integer.parseInt(s);
            if (y < 2008 || y > LocalDate.now().getYear() + 1) {
                v.add(new Violation("year", texts.get("severance.api.yearRange", String.valueOf(LocalDate.now().getYear() + 1))));
                return null;
            }
            return y;
        } catch (NumberFormatException e) {
            v.add(new Violation("year", texts.get("severance.api.yearInvalid", s)));
            return null;
        }
    }

    private boolean bool(JsonNode body, String field, List<Violation> v) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return false;
        if (n.isBoolean()) return n.booleanValue();
        v.add(new Violation(field, texts.get("severance.api.notABoolean", field)));
        return false;
    }
}
