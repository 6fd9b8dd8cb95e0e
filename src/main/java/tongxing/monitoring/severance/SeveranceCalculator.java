package tongxing.monitoring.severance;

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

    public static SeveranceQuote quote(SeveranceInput in, SeveranceParameters p) {
        List<String> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BigDecimal zero = money(BigDecimal.ZERO);

        boolean owed = in.type().owed()
                && !(in.type() == TerminationType.FIXED_TERM_EXPIRY && in.renewalOfferedAndRefused());
        if (!owed) {
            steps.add("解除或终止情形：" + describe(in.type()) + "，依法不支付经济补偿。");
            return new SeveranceQuote(zero, zero, zero, BigDecimal.ZERO, zero, false, steps, warnings);
        }

        // 1. The monthly wage: the 12-month average, never below the local minimum wage (实施条例 第二十七条).
        BigDecimal wage = in.averageMonthlyWage();
        steps.add("1. 解除前十二个月平均工资：" + plain(wage) + " 元/月。");
        if (wage.compareTo(p.minimumMonthlyWage()) < 0) {
            wage = p.minimumMonthlyWage();
            steps.add("   低于当地最低工资标准 " + plain(p.minimumMonthlyWage()) + " 元/月，按最低工资标准计算。");
        }

        // 2. The cap: above three times the area's average monthly wage, that cap applies and at most 12 years count.
        BigDecimal cap = money(p.averageMonthlyWage().multiply(THREE));
        boolean capped = wage.compareTo(cap) > 0;
        steps.add("2. 封顶线：上年度职工月平均工资 " + plain(p.averageMonthlyWage()) + " 元 × 3 = " + plain(cap) + " 元（"
                + p.averageWageSource() + "）。");
        if (capped) {
            wage = cap;
            steps.add("   月工资高于封顶线，按 " + plain(cap) + " 元计算，且支付年限最高不超过十二年。");
        } else {
            steps.add("   月工资未超过封顶线，不封顶。");
        }

        // 3. Years: only service from 2008-01-01 is computed here; earlier service is flagged, never mixed in silently.
        LocalDate countFrom = in.hireDate();
        if (in.hireDate().isBefore(LABOR_CONTRACT_LAW_IN_FORCE)) {
            countFrom = LABOR_CONTRACT_LAW_IN_FORCE;
            ServiceLength before = ServiceLength.between(in.hireDate(), LABOR_CONTRACT_LAW_IN_FORCE.minusDays(1));
            warnings.add("2008年1月1日前的工作年限（" + before + "）应按当时有关规定（劳部发〔1994〕481号等）计算经济补偿，"
                    + "本结果只计算2008年1月1日以后的部分，两部分须分别计算后相加（劳动合同法第九十七条）。");
        }
        ServiceLength service = ServiceLength.between(countFrom, in.terminationDate());
        BigDecimal months = service.countedYears();
        steps.add("3. 计算年限：" + countFrom + " 至 " + in.terminationDate() + "，共 " + service + "；"
                + "满一年计一个月，六个月以上不满一年按一年计，不满六个月计半个月，计 " + months.stripTrailingZeros().toPlainString() + " 个月。");
        if (capped && months.compareTo(TWELVE) > 0) {
            months = TWELVE;
            steps.add("   因适用封顶，年限按最高十二年计，计 12 个月。");
        }

        BigDecimal severance = money(wage.multiply(months));
        steps.add("4. 经济补偿 = " + plain(wage) + " 元 × " + months.stripTrailingZeros().toPlainString() + " = " + plain(severance) + " 元。");
        if (in.type().multiplier() == 2) {
            severance = money(severance.multiply(BigDecimal.valueOf(2)));
            steps.add("5. 违法解除或终止劳动合同，按经济补偿标准的二倍支付赔偿金（第八十七条），且不再支付经济补偿：" + plain(severance) + " 元。");
        }

        BigDecimal noticePay = zero;
        if (in.type() == TerminationType.NO_FAULT_DISMISSAL && !in.noticeGiven()) {
            noticePay = money(in.previousMonthWage() != null ? in.previousMonthWage() : in.averageMonthlyWage());
            steps.add("5. 未提前三十日书面通知，额外支付一个月工资（第四十条）：" + plain(noticePay) + " 元。");
        }
        BigDecimal total = money(severance.add(noticePay));
        steps.add("合计：" + plain(total) + " 元。");
        return new SeveranceQuote(severance, noticePay, total, months, money(wage), capped, steps, warnings);
    }

    private static String describe(TerminationType type) {
        return switch (type) {
            case MUTUAL_EMPLOYEE_PROPOSED -> "劳动者提出、协商一致解除";
            case EMPLOYEE_RESIGNS -> "劳动者提前通知解除";
            case FIXED_TERM_EXPIRY -> "劳动合同期满，用人单位维持或提高条件续订而劳动者不同意";
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
