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
}
