package tongxing.enterprise.api;

import io.swagger.v3.oas.annotations.media.Schema;
import tongxing.enterprise.Enterprise;
import tongxing.platform.crypto.Masking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enterprise of the registry as the API shows it: the contact phone is masked. */
@Schema(name = "Enterprise", description = "企业库中的一家企业（联系电话已脱敏）/ An enterprise of the registry (phone masked)")
record EnterpriseView(
        @Schema(description = "统一社会信用代码 / USCC", example = "91460100MA5T00001L") String uscc,
        @Schema(description = "企业名称 / Name", example = "海南椰风食品有限公司") String name,
        @Schema(description = "所属市县代码 / City or county code", example = "460100") String regionCode,
        @Schema(description = "行业代码 / Industry code (GB/T 4754-2017)", example = "14") String industryCode,
        @Schema(description = "行业大类 / Industry division", example = "14") String industryDivision,
        @Schema(description = "行业门类 / Industry section", example = "C") String industrySection,
        @Schema(description = "登记注册类型代码 / Ownership code", example = "159") String ownershipCode,
        @Schema(description = "从业人员 / Employees", example = "260") Integer employees,
        @Schema(description = "营业收入（万元）/ Revenue (10,000 CNY)", example = "18000.00") BigDecimal revenue,
        @Schema(description = "资产总额（万元）/ Total assets (10,000 CNY)", example = "12000.00") BigDecimal assets,
        @Schema(description = "企业规模（按统计上大中小微型企业划分办法计算）/ Size class, derived",
                allowableValues = {"LARGE", "MEDIUM", "SMALL", "MICRO", "UNCLASSIFIED"}, example = "MEDIUM") String sizeClass,
        @Schema(description = "法定代表人 / Legal representative", example = "林某某") String legalRepresentative,
        @Schema(description = "联系人 / Contact person", example = "陈女士") String contactPerson,
        @Schema(description = "联系电话（脱敏）/ Contact phone (masked)", example = "138****1234") String contactPhone,
        @Schema(description = "地址 / Address", example = "海口市龙华区滨海大道 88 号") String address,
        @Schema(description = "成立日期 / Established on", example = "2016-05-18") LocalDate establishedOn,
        @Schema(description = "经营状态 / Status", example = "ACTIVE") String status,
        @Schema(description = "标签 / Tags") List<String> tags,
        @Schema(description = "数据来源 / Source (MANUAL, IMPORT, API, DEMO...)", example = "API") String source,
        @Schema(description = "登记时间 / Created at") Instant createdAt,
        @Schema(description = "最后修改时间 / Last updated at") Instant updatedAt) {

    static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(e.uscc(), e.name(), e.regionCode(), e.industryCode(), e.industryDivision(),
                e.industrySection(), e.ownershipCode(), e.employees(), e.revenue(), e.assets(), e.sizeClass().name(),
                e.legalRepresentative(), e.contactPerson(), Masking.phone(e.contactPhone()), e.address(),
                e.establishedOn(), e.status(), e.tags(), e.source(), e.createdAt(), e.updatedAt());
    }
}
