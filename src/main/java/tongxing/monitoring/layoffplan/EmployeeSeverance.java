package tongxing.monitoring.layoffplan;

import tongxing.monitoring.severance.SeveranceQuote;

import java.math.BigDecimal;

/** One employee's severance on a plan, or why it could not be computed. */
public record EmployeeSeverance(LayoffEmployee employee, SeveranceQuote quote, String problem) {

    public BigDecimal amount() {
        return quote == null ? BigDecimal.ZERO : quote.total();
    }

    public boolean pre2008() {
        return employee.hireDate().isBefore(tongxing.monitoring.severance.SeveranceCalculator.LABOR_CONTRACT_LAW_IN_FORCE);
    }
}
