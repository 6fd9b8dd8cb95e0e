package tongxing.monitoring.layoffplan;

import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules for one employee row, shared by the form and the Excel import (which names fields by column header). */
final class EmployeeValidation {

    static final Map<String, String> FORM_FIELDS = Map.of("name", "name", "idNumber", "idNumber", "position", "position",
            "hireDate", "hireDate", "averageWage", "averageWage", "contractType", "contractType");

    private EmployeeValidation() {
    }

    /** @param fields the name each violation carries per logical field (form field or column header) */
    static List<Violation> check(EmployeeData e, LocalDate layoffOn, Map<String, String> fields) {
        List<Violation> v = new ArrayList<>();
        if (e.name() == null || e.name().isBlank()) v.add(new Violation(fields.get("name"), "请填写姓名"));
        else if (e.name().length() > 50) v.add(new Violation(fields.get("name"), "姓名不能超过50个字"));
        ResidentIdNumber.problem(e.idNumber()).ifPresent(p -> v.add(new Violation(fields.get("idNumber"), p)));
        if (e.position() != null && e.position().length() > 100) v.add(new Violation(fields.get("position"), "岗位不能超过100个字"));
        if (e.hireDate() == null) v.add(new Violation(fields.get("hireDate"), "请填写入职日期"));
        else if (layoffOn != null && e.hireDate().isAfter(layoffOn))
            v.add(new Violation(fields.get("hireDate"), "入职日期 " + e.hireDate() + " 晚于裁员日期 " + layoffOn));
        else if (e.hireDate().getYear() < 1950) v.add(new Violation(fields.get("hireDate"), "入职日期不能早于1950年"));
        if (e.averageWage() == null) v.add(new Violation(fields.get("averageWage"), "请填写前十二个月平均工资"));
        else if (e.averageWage().signum() < 0) v.add(new Violation(fields.get("averageWage"), "平均工资不能为负数"));
        else if (e.averageWage().compareTo(new java.math.BigDecimal("10000000")) >= 0)
            v.add(new Violation(fields.get("averageWage"), "平均工资数额过大，请核对（单位：元/月）"));
        if (e.contractType() == null) v.add(new Violation(fields.get("contractType"), "请选择劳动合同期限类型"));
        return v;
    }
}
