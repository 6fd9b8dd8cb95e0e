package tongxing.monitoring.layoffplan;

import tongxing.platform.i18n.Texts;
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
    static List<Violation> check(Texts t, EmployeeData e, LocalDate layoffOn, Map<String, String> fields) {
        List<Violation> v = new ArrayList<>();
        if (e.name() == null || e.name().isBlank()) v.add(new Violation(fields.get("name"), t.get("casework.employee.error.nameRequired")));
        else if (e.name().length() > 50) v.add(new Violation(fields.get("name"), t.get("casework.employee.error.nameTooLong")));
        ResidentIdNumber.problem(e.idNumber()).ifPresent(p -> v.add(new Violation(fields.get("idNumber"), p)));
        if (e.position() != null && e.position().length() > 100) v.add(new Violation(fields.get("position"), t.get("casework.employee.error.positionTooLong")));
        if (e.hireDate() == null) v.add(new Violation(fields.get("hireDate"), t.get("casework.employee.error.hireDateRequired")));
        else if (layoffOn != null && e.hireDate().isAfter(layoffOn))
            v.add(new Violation(fields.get("hireDate"), t.get("casework.employee.error.hiredAfterLayoff", e.hireDate(), layoffOn)));
        else if (e.hireDate().getYear() < 1950) v.add(new Violation(fields.get("hireDate"), t.get("casework.employee.error.hiredBefore1950")));
        if (e.averageWage() == null) v.add(new Violation(fields.get("averageWage"), t.get("casework.employee.error.wageRequired")));
        else if (e.averageWage().signum() < 0) v.add(new Violation(fields.get("averageWage"), t.get("casework.employee.error.wageNegative")));
        else if (e.averageWage().compareTo(new java.math.BigDecimal("10000000")) >= 0)
            v.add(new Violation(fields.get("averageWage"), t.get("casework.employee.error.wageTooLarge")));
        if (e.contractType() == null) v.add(new Violation(fields.get("contractType"), t.get("casework.employee.error.contractTypeRequired")));
        return v;
    }
}
