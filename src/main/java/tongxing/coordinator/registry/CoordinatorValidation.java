package tongxing.coordinator.registry;

import org.springframework.stereotype.Component;
import tongxing.coordinator.WorkplaceType;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.identity.Uscc;
import tongxing.platform.region.Regions;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a coordinator record must follow, each with the reason a person reads next to the
 * field. Field names are the form's; the import maps them to its columns.
 */
@Component
public class CoordinatorValidation {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private final Regions regions;
    private final EnterpriseRegistry enterprises;

    CoordinatorValidation(Regions regions, EnterpriseRegistry enterprises) {
        this.regions = regions;
        this.enterprises = enterprises;
    }

    public List<Violation> check(CoordinatorData d, Scope scope) {
        List<Violation> v = new ArrayList<>();
        if (d.name() == null) v.add(new Violation("name", "姓名不能为空"));
        else if (d.name().length() > 50) v.add(new Violation("name", "姓名不能超过50字"));
        ResidentIdNumber.problem(d.idNumber()).ifPresent(p -> v.add(new Violation("idNumber", p)));
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches())
            v.add(new Violation("phone", "联系电话应为11位手机号或带区号的固定电话，实际为“" + d.phone() + "”"));
        if (d.regionCode() == null) v.add(new Violation("regionCode", "所属市县不能为空"));
        else if (!regions.isCity(d.regionCode())) v.add(new Violation("regionCode", "所属市县“" + d.regionCode() + "”不是海南省的市县或洋浦"));
        if (d.workplaceType() == null) v.add(new Violation("workplaceType", "工作单位类型不能为空"));
        else if (d.workplaceType() == WorkplaceType.ENTERPRISE) checkEnterprise(d.enterpriseUscc(), scope, v);
        else if (d.postName() == null) v.add(new Violation("postName", "基层岗位须填写所在单位名称（如 某某街道办事处）"));
        if (d.postName() != null && d.postName().length() > 100) v.add(new Violation("postName", "单位名称不能超过100字"));
        checkCertificate(d, v);
        if (d.appointedOn() == null) v.add(new Violation("appointedOn", "担任协调员日期不能为空"));
        else if (d.appointedOn().isAfter(LocalDate.now())) v.add(new Violation("appointedOn", "担任协调员日期不能晚于今天"));
        return v;
    }

    private void checkEnterprise(String uscc, Scope scope, List<Violation> v) {
        if (uscc == null) {
            v.add(new Violation("enterpriseUscc", "企业协调员须填写所在企业的统一社会信用代码"));
            return;
        }
        var problem = Uscc.problem(uscc);
        if (problem.isPresent()) v.add(new Violation("enterpriseUscc", problem.get()));
        else if (enterprises.find(scope, uscc).isEmpty())
            v.add(new Violation("enterpriseUscc", "统一社会信用代码 " + uscc + " 不在企业库中（或不在您的辖区），请先登记该企业"));
    }

    private static void checkCertificate(CoordinatorData d, List<Violation> v) {
        boolean anyCertificate = d.certificateNo() != null || d.certificateDate() != null || d.certificateBody() != null;
        if (d.skillLevel() == null) {
            if (anyCertificate) v.add(new Violation("skillLevel", "填写了证书信息，请选择对应的职业技能等级"));
            return;
        }
        if (d.certificateNo() == null) v.add(new Violation("certificateNo", "有职业技能等级的，须填写证书编号"));
        else if (d.certificateNo().length() > 50) v.add(new Violation("certificateNo", "证书编号不能超过50字"));
        if (d.certificateDate() == null) v.add(new Violation("certificateDate", "有职业技能等级的，须填写发证日期"));
        else if (d.certificateDate().isAfter(LocalDate.now())) v.add(new Violation("certificateDate", "发证日期不能晚于今天"));
        if (d.certificateBody() != null && d.certificateBody().length() > 100)
            v.add(new Violation("certificateBody", "评价机构名称不能超过100字"));
    }
}
