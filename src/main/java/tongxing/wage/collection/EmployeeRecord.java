package tongxing.wage.collection;

import java.math.BigDecimal;

/** 职工薪酬记录: one employee of a surveyed enterprise for the year, as parsed from a file row. No name or ID number. */
public record EmployeeRecord(int lineNo, String occupationCode, String postLevel, String education, Integer age,
                             Boolean male, Integer hireYear, String skillLevel, String titleLevel, Integer annualHours,
                             BigDecimal basePay, BigDecimal bonus, BigDecimal allowances, BigDecimal overtimePay) {

    public BigDecimal annualPay() {
        return basePay.add(bonus).add(allowances).add(overtimePay);
    }

    public BigDecimal payWithoutOvertime() {
        return basePay.add(bonus).add(allowances);
    }

    /** Everything but the row number: two rows with the same content are duplicates. */
    public String content() {
        return String.join("|", occupationCode, s(postLevel), s(education), s(age), s(male), s(hireYear), s(skillLevel),
                s(titleLevel), s(annualHours), basePay.toPlainString(), bonus.toPlainString(), allowances.toPlainString(),
                overtimePay.toPlainString());
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
