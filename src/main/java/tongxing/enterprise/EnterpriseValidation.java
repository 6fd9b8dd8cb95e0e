package tongxing.enterprise;

import org.springframework.stereotype.Component;
import tongxing.platform.identity.Uscc;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules an enterprise record must meet, shared by the form, the import and the API. Each
 * violation names the field (as the form and the API name it) and the reason in Chinese.
 */
@Component
public class EnterpriseValidation {

    private static final List<EnterpriseStatus> STATUSES = List.of(EnterpriseStatus.values());
    private static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999");
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownershipTypes;

    EnterpriseValidation(Regions regions, Industries industries, OwnershipTypes ownershipTypes) {
        this.regions = regions;
        this.industries = industries;
        this.ownershipTypes = ownershipTypes;
    }

    public List<Violation> check(EnterpriseData d) {
        List<Violation> v = new ArrayList<>();
        Uscc.problem(d.uscc()).ifPresent(reason -> v.add(new Violation("uscc", reason)));
        if (d.name() == null || d.name().isBlank()) v.add(new Violation("name", "企业名称不能为空"));
        else if (d.name().length() > 200) v.add(new Violation("name", "企业名称不能超过200个字"));
        if (d.regionCode() == null || d.regionCode().isBlank()) v.add(new Violation("regionCode", "所属市县不能为空"));
        else if (!regions.isCity(d.regionCode())) v.add(new Violation("regionCode", "所属市县代码“" + d.regionCode() + "”不是海南省的市县或洋浦"));
        if (d.industryCode() == null || d.industryCode().isBlank()) v.add(new Violation("industryCode", "行业代码不能为空"));
        else if (industries.findAssignable(d.industryCode()).isEmpty())
            v.add(new Violation("industryCode", "行业代码“" + d.industryCode() + "”不是GB/T 4754-2017的大类、中类或小类"));
        if (d.ownershipCode() != null && !d.ownershipCode().isBlank() && ownershipTypes.find(d.ownershipCode()).isEmpty())
            v.add(new Violation("ownershipCode", "登记注册类型代码“" + d.ownershipCode() + "”无效"));
        if (d.employees() != null && d.employees() < 0) v.add(new Violation("employees", "从业人员不能为负数"));
        if (d.employees() != null && d.employees() > 2_000_000) v.add(new Violation("employees", "从业人员数超出合理范围"));
        nonNegative(v, "revenue", "营业收入", d.revenue());
        nonNegative(v, "assets", "资产总额", d.assets());
        if (d.contactPhone() != null && !d.contactPhone().isBlank() && !PHONE.matcher(d.contactPhone().trim()).matches())
            v.add(new Violation("contactPhone", "联系电话应为11位手机号或带区号的固定电话"));
        if (d.establishedOn() != null && d.establishedOn().isAfter(LocalDate.now()))
            v.add(new Violation("establishedOn", "成立日期不能晚于今天"));
        if (!isStatus(d.status())) v.add(new Violation("status", "经营状态无效"));
        if (d.tags().size() > 10) v.add(new Violation("tags", "标签最多10个"));
        if (d.tags().stream().anyMatch(t -> t.length() > 20)) v.add(new Violation("tags", "每个标签不超过20个字"));
        if (d.legalRepresentative() != null && d.legalRepresentative().length() > 50) v.add(new Violation("legalRepresentative", "法定代表人不超过50个字"));
        if (d.contactPerson() != null && d.contactPerson().length() > 50) v.add(new Violation("contactPerson", "联系人不超过50个字"));
        if (d.address() != null && d.address().length() > 200) v.add(new Violation("address", "地址不超过200个字"));
        return v;
    }

    private static boolean isStatus(String status) {
        for (EnterpriseStatus s : STATUSES) { // per row of an import: a loop, no stream
            if (s.name().equals(status)) return true;
        }
        return false;
    }

    private static void nonNegative(List<Violation> v, String field, String label, BigDecimal value) {
        if (value == null) return;
        if (value.signum() < 0) v.add(new Violation(field, label + "不能为负数"));
        else if (value.compareTo(AMOUNT_MAX) > 0) v.add(new Violation(field, label + "超出合理范围"));
    }
}
