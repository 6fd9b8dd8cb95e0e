package tongxing.monitoring.layoffplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** One employee to be cut, as typed in the form or read from an import row. */
public record EmployeeData(String name, String idNumber, String position, LocalDate hireDate, BigDecimal averageWage,
                           ContractType contractType, boolean longFixedTerm, boolean soleEarner,
                           Set<ProtectedStatus> protectedStatus) {
}
