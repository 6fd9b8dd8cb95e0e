package tongxing.monitoring.severance;

import org.springframework.stereotype.Service;
import tongxing.platform.region.Regions;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.wageparam.WageParameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Checks the facts, looks up the area's wage parameters in force, and computes the quote. */
@Service
public class SeveranceQuotes {

    private final WageParameters wageParameters;
    private final Regions regions;

    SeveranceQuotes(WageParameters wageParameters, Regions regions) {
        this.wageParameters = wageParameters;
        this.regions = regions;
    }

    public SeveranceQuote quote(SeveranceInput in) {
        return quote(in, null);
    }

    /**
     * As {@link #quote(SeveranceInput)}, with the wage parameters in force on {@code parametersOn}
     * (e.g. the end of a chosen year) instead of on the termination date; null means the termination date.
     */
    public SeveranceQuote quote(SeveranceInput in, java.time.LocalDate parametersOn) {
        List<Violation> v = new ArrayList<>();
        if (in.averageMonthlyWage() == null) v.add(new Violation("averageMonthlyWage", "请填写解除前十二个月平均工资"));
        else if (in.averageMonthlyWage().signum() < 0) v.add(new Violation("averageMonthlyWage", "平均工资不能为负数"));
        if (in.hireDate() == null) v.add(new Violation("hireDate", "请填写入职日期"));
        if (in.terminationDate() == null) v.add(new Violation("terminationDate", "请填写解除或终止日期"));
        if (in.hireDate() != null && in.terminationDate() != null && in.terminationDate().isBefore(in.hireDate()))
            v.add(new Violation("terminationDate", "解除或终止日期不能早于入职日期"));
        if (in.type() == null) v.add(new Violation("type", "请选择解除或终止情形"));
        if (!regions.isCity(in.regionCode())) v.add(new Violation("regionCode", "请选择用人单位所在市县"));
        if (in.previousMonthWage() != null && in.previousMonthWage().signum() < 0)
            v.add(new Violation("previousMonthWage", "上月工资不能为负数"));
        if (!v.isEmpty()) throw new ValidationException(v);

        java.time.LocalDate on = parametersOn == null ? in.terminationDate() : parametersOn;
        String field = parametersOn == null ? "terminationDate" : "year";
        BigDecimal minimum = wageParameters.minimumMonthlyWage(in.regionCode(), on)
                .orElseThrow(() -> new ValidationException(field,
                        "系统中没有 " + on + " 当时" + regions.name(in.regionCode()) + "的最低工资标准，请联系管理员补录"));
        WageParameters.AverageWage average = wageParameters.averageAnnualWage(in.regionCode(), on)
                .orElseThrow(() -> new ValidationException(field,
                        "系统中没有 " + on + " 当时适用的职工平均工资，请联系管理员补录"));
        BigDecimal monthlyAverage = average.annual().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        String source = regions.name(average.regionCode()) + "职工年平均工资 " + average.annual().toPlainString()
                + " 元 ÷ 12，自 " + average.effectiveFrom() + " 起适用";
        return SeveranceCalculator.quote(in, new SeveranceParameters(minimum, monthlyAverage, source));
    }
}
