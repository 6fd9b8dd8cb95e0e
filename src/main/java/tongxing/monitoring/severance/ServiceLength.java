package tongxing.monitoring.severance;

import tongxing.platform.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * Length of service and the years it counts for under 劳动合同法 第四十七条: one per full year;
 * a remainder of six months or more counts as one, of less than six months as a half.
 * The last working day counts (the period runs to the day after termination), so service from
 * 1 January to 30 June is six months.
 */
public record ServiceLength(int years, int months, int days) {

    public static ServiceLength between(LocalDate start, LocalDate lastDay) {
        if (lastDay.isBefore(start)) return new ServiceLength(0, 0, 0);
        Period p = Period.between(start, lastDay.plusDays(1));
        return new ServiceLength(p.getYears(), p.getMonths(), p.getDays());
    }

    /** The months of wage the service earns before any cap: N in the usual notation. */
    public BigDecimal countedYears() {
        BigDecimal full = BigDecimal.valueOf(years);
        if (months >= 6) return full.add(BigDecimal.ONE);
        if (months > 0 || days > 0) return full.add(new BigDecimal("0.5"));
        return full;
    }

    public boolean isZero() {
        return years == 0 && months == 0 && days == 0;
    }

    /** The length in words of the language of {@code t}. */
    public String text(Texts t) {
        return t.get("severance.serviceLength", String.valueOf(years), String.valueOf(months), String.valueOf(days));
    }

    /** The length in words of the current request's language, or of the working language outside a request. */
    @Override
    public String toString() {
        return text(WorkingTexts.MONITORING);
    }
}
