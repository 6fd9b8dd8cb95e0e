package tongxing.monitoring.severance;

import tongxing.platform.i18n.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 经济补偿 under 劳动合同法 第四十六、四十七条 (and 第四十条 notice pay, 第八十七条 double for
 * illegal termination). A pure function: the same facts and parameters give the same quote.
 */
public final class SeveranceCalculator {

    /** Service before this day is paid under the rules of its time (劳动合同法 第九十七条). */
    public static final LocalDate LABOR_CONTRACT_LAW_IN_FORCE = LocalDate.of(2008, 1, 1);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private SeveranceCalculator() {
    }

    /** The quote with its steps in the language of the current request, or the working language outside one. */
    public static SeveranceQuote quote(SeveranceInput in, SeveranceParameters p) {
        return quote(in, p, WorkingTexts.MONITORING);
    }

    /** The quote with its steps in the language of {@code t}. */
    public static SeveranceQuote quote(SeveranceInput in, SeveranceParameters p, Texts t) {
        List<String> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BigDecimal zero = money(BigDecimal.ZERO);

        boolean owed = in.type().owed()
                && !(in.type() == TerminationType.FIXED_TERM_EXPIRY && in.renewalOfferedAndRefused());
        if (!owed) {
            steps.add(t.get("severance.step.notOwed", describe(in.type(), t)));
            return new SeveranceQuote(zero, zero, zero, BigDecimal.ZERO, zero, false, steps, warnings);
        }

        // 1. The monthly wage: the 12-month average, never below the local minimum wage (实施条例 第二十七条).
        BigDecimal wage = in.averageMonthlyWage();
        steps.add(t.get("severance.step.wage", plain(wage)));
        if (wage.compareTo(p.minimumMonthlyWage()) < 0) {
            wage = p.minimumMonthlyWage();
            steps.add(t.get("severance.step.minimumWage", plain(p.minimumMonthlyWage())));
        }

        // 2. The cap: above three times the area's average monthly wage, that cap applies and at most 12 years count.
        BigDecimal cap = money(p.averageMonthlyWage().multiply(THREE));
        boolean capped = wage.compareTo(cap) > 0;
        steps.add(t.get("severance.step.cap", plain(p.averageMonthlyWage()), plain(cap), p.averageWageSource()));
        if (capped) {
            wage = cap;
            steps.add(t.get("severance.step.capped", plain(cap)));
        } else {
            steps.add(t.get("severance.step.notCapped"));
        }

        // 3. Years: only service from 2008-01-01 is computed here; earlier service is flagged, never mixed in silently.
        LocalDate countFrom = in.hireDate();
        if (in.hireDate().isBefore(LABOR_CONTRACT_LAW_IN_FORCE)) {
            countFrom = LABOR_CONTRACT_LAW_IN_FORCE;
            ServiceLength before = ServiceLength.between(in.hireDate(), LABOR_CONTRACT_LAW_IN_FORCE.minusDays(1));
            warnings.add(t.get("severance.warning.pre2008", before.text(t)));
        }
        ServiceLength service = ServiceLength.between(countFrom, in.terminationDate());
        BigDecimal months = service.countedYears();
        steps.add(t.get("severance.step.years", countFrom, in.terminationDate(), service.text(t),
                months.stripTrailingZeros().toPlainString()));
        if (capped && months.compareTo(TWELVE) > 0) {
            months = TWELVE;
            steps.add(t.get("severance.step.twelveYears"));
        }

        BigDecimal severance = money(wage.multiply(months));
        steps.add(t.get("severance.step.severance", plain(wage), months.stripTrailingZeros().toPlainString(), plain(severance)));
        if (in.type().multiplier() == 2) {
            severance = money(severance.multiply(BigDecimal.valueOf(2)));
            steps.add(t.get("severance.step.doubled", plain(severance)));
        }

        BigDecimal noticePay = zero;
        if (in.type() == TerminationType.NO_FAULT_DISMISSAL && !in.noticeGiven()) {
            noticePay = money(in.previousMonthWage() != null ? in.previousMonthWage() : in.averageMonthlyWage());
            steps.add(t.get("severance.step.noticePay", plain(noticePay)));
        }
        BigDecimal total = money(severance.add(noticePay));
        steps.add(t.get("severance.step.total", plain(total)));
        return new SeveranceQuote(severance, noticePay, total, months, money(wage), capped, steps, warnings);
    }

    private static String describe(TerminationType type, Texts t) {
        return switch (type) {
            case MUTUAL_EMPLOYEE_PROPOSED, EMPLOYEE_RESIGNS, FIXED_TERM_EXPIRY -> t.get("severance.notOwed." + type.name());
            default -> type.name();
        };
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return money(v).toPlainString();
    }
}
