package tongxing.wage.guideline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A reason not to publish a cell (小样本抑制). A suppressed cell keeps its counts and the reason;
 * its values are never stored, so they cannot reach a page, the API, Excel or a PDF.
 */
public sealed interface SuppressionRule {

    /** The reason code when the rule fires for the cell. */
    Optional<String> check(CellStatistics cell);

    /** Fewer enterprises than the minimum. */
    record TooFewEnterprises(int min) implements SuppressionRule {
        public Optional<String> check(CellStatistics cell) {
            return cell.enterprises() < min ? Optional.of("FEW_ENTERPRISES") : Optional.empty();
        }
    }

    /** Fewer employees than the minimum. */
    record TooFewEmployees(int min) implements SuppressionRule {
        public Optional<String> check(CellStatistics cell) {
            return cell.employees() < min ? Optional.of("FEW_EMPLOYEES") : Optional.empty();
        }
    }

    /** One enterprise holds more than the share of the cell's employees (exactly the share is allowed). */
    record DominantEnterprise(BigDecimal maxShare) implements SuppressionRule {
        public Optional<String> check(CellStatistics cell) {
            // largest / employees > maxShare, in exact arithmetic
            boolean dominant = BigDecimal.valueOf(cell.largestEmployees())
                    .compareTo(maxShare.multiply(BigDecimal.valueOf(cell.employees()))) > 0;
            return dominant ? Optional.of("DOMINANCE") : Optional.empty();
        }
    }

    /** The rules in the order their reason is reported (the first that fires is stored). */
    static List<SuppressionRule> of(SuppressionThresholds t) {
        return List.of(new TooFewEnterprises(t.minEnterprises()), new TooFewEmployees(t.minEmployees()),
                new DominantEnterprise(t.maxShare()));
    }

    static Optional<String> firstReason(List<SuppressionRule> rules, CellStatistics cell) {
        for (SuppressionRule r : rules) {
            Optional<String> reason = r.check(cell);
            if (reason.isPresent()) return reason;
        }
        return Optional.empty();
    }
}
