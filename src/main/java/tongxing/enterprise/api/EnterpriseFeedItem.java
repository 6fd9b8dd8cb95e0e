package tongxing.enterprise.api;

import io.swagger.v3.oas.annotations.media.Schema;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.identity.Uscc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One enterprise as the market-regulation feed (市场监管登记推送) sends it. */
@Schema(name = "EnterpriseFeedItem", description = """
        一家企业的登记信息。以统一社会信用代码为准：库中没有则新增，有则更新，内容相同则不变。
        One enterprise's registration data, keyed by its USCC: inserted when new, updated when changed, \
        left unchanged when identical.""")
record EnterpriseFeedItem(
        @Schema(description = "统一社会信用代码（GB 32100-2015，18位）/ Unified social credit code (18 characters)",
                example = "91460100MA5T00001L", requiredMode = Schema.RequiredMode.REQUIRED)
        String uscc,
        @Schema(description = "企业名称 / Enterprise name", example = "海南椰风食品有限公司", maxLength = 200,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String name,
        @Schema(description = "所属市县代码（GB/T 2260，洋浦为 460400499）/ City or county code (Yangpu: 460400499)",
                example = "460100", requiredMode = Schema.RequiredMode.REQUIRED)
        String regionCode,
        @Schema(description = "行业代码（GB/T 4754-2017 大类、中类或小类）/ Industry code (GB/T 4754-2017 division, group or class)",
                example = "14", requiredMode = Schema.RequiredMode.REQUIRED)
        String industryCode,
        @Schema(description = "登记注册类型代码 / Ownership (registration type) code", example = "159")
        String ownershipCode,
        @Schema(description = "从业人员（人）/ Employees", example = "260", minimum = "0")
        Integer employees,
        @Schema(description = "营业收入（万元）/ Revenue (10,000 CNY)", example = "18000", minimum = "0")
        BigDecimal revenue,
        @Schema(description = "资产总额（万元）/ Total assets (10,000 CNY)", example = "12000", minimum = "0")
        BigDecimal assets,
        @Schema(description = "法定代表人 / Legal representative", example = "林某某", maxLength = 50)
        String legalRepresentative,
        @Schema(description = "联系人 / Contact person", example = "陈女士", maxLength = 50)
        String contactPerson,
        @Schema(description = "联系电话：11位手机号或带区号的固定电话 / Contact phone: mobile or landline with area code",
                example = "13876001234")
        String contactPhone,
        @Schema(description = "地址 / Address", example = "海口市龙华区滨海大道 88 号", maxLength = 200)
        String address,
        @Schema(description = "成立日期（ISO 8601）/ Date of establishment (ISO 8601)", example = "2016-05-18")
        LocalDate establishedOn,
        @Schema(description = "经营状态，缺省为 ACTIVE / Business status, ACTIVE when omitted",
                allowableValues = {"ACTIVE", "SUSPENDED", "DEREGISTERED"}, example = "ACTIVE")
        String status,
        @Schema(description = "标签（最多10个，每个不超过20字）/ Tags (at most 10, each up to 20 characters)",
                example = "[\"自贸港重点园区\"]")
        List<String> tags) {

    /** The registry's form of the item: USCC upper-cased, text trimmed, blanks as absent. */
    EnterpriseData toData() {
        return new EnterpriseData(Uscc.normalize(uscc), trim(name), trim(regionCode), trim(industryCode),
                trim(ownershipCode), employees, revenue, assets, trim(legalRepresentative), trim(contactPerson),
                trim(contactPhone), trim(address), establishedOn, trim(status) == null ? null : trim(status).toUpperCase(),
                tags == null ? null : tags.stream().filter(Objects::nonNull).toList());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
