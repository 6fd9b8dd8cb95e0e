package tongxing.monitoring.severance;

import org.springframework.stereotype.Service;
import tongxing.platform.i18n.Texts;
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
    private final Texts texts;

    SeveranceQuotes(WageParameters wageParameters, Regions regions, Texts texts) {
        this.texts = texts;
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
        if (in.averageMonthlyWage() == null) v.add(new Violation("averageMonthlyWage", texts.get("severance.error.wageRequired")));
        else if (in.averageMonthlyWage().signum() < 0) v.add(new Violation("averageMonthlyWage", texts.get("severance.error.wageNegative")));
        if (in.hireDate() == null) v.add(new Violation("hireDate", texts.get("severance.error.hireDateRequired")));
        if (in.terminationDate() == null) v.add(new Violation("terminationDate", texts.get("severance.error.terminationDateRequired")));
        if (in.hireDate() != null && in.terminationDate() != null && in.terminationDate().isBefore(in.hireDate()))
            v.add(new Violation("terminationDate", texts.get("severance.error.terminationBeforeHire")));
        if (in.type() == null) v.add(new Violation("type", texts.get("severance.error.typeRequired")));
        if (!regions.isCity(in.regionCode())) v.add(new Violation("regionCode", texts.get("severance.error.regionRequired")));
        if (in.previousMonthWage() != null && in.previousMonthWage().signum() < 0)
            v.add(new Violation("previousMonthWage", texts.get("severance.error.previousWageNegative")));
        if (!v.isEmpty()) throw new ValidationException(v);

        java.time.LocalDate on = parametersOn == null ? in.terminationDate() : parametersOn;
        String field = parametersOn == null ? "terminationDate" : "year";
        BigDecimal minimum = wageParameters.minimumMonthlyWage(in.regionCode(), on)
                .orElseThrow(() -> new ValidationException(field,
                        texts.get("severance.error.noMinimumWage", on, regions.name(in.regionCode()))));
        WageParameters.AverageWage average = wageParameters.averageAnnualWage(in.regionCode(), on)
                .orElseThrow(() -> new ValidationException(field,
                        texts.get("severance.error.noAverageWage", on)));
        BigDecimal monthlyAverage = average.annual().divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        String source = texts.get("severance.averageWageSource", regions.name(average.regionCode()),
                average.annual().toPlainString(), average.effectiveFrom());
        return SeveranceCalculator.quote(in, new SeveranceParameters(minimum, monthlyAverage, source), texts);
    }
}
