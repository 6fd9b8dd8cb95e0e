package tongxing.monitoring.layoffplan;

import tongxing.platform.i18n.Texts;

/**
 * 劳动合同法 第四十一条第一款: cutting 20 or more, or fewer than 20 but 10% or more of the
 * workforce (10% exactly counts), requires 30 days' prior explanation to the union or all staff
 * and a report to the labor administration.
 */
public record LayoffThreshold(int minPeople, int minPercent) {

    public static final LayoffThreshold STATUTORY = new LayoffThreshold(20, 10);

    public boolean procedureRequired(int cut, int workforce) {
        if (cut >= minPeople) return true;
        // cut / workforce >= 10%, in integers so that 10% exactly is never lost to rounding
        return workforce > 0 && cut * 100L >= (long) workforce * minPercent;
    }

    /** The finding in the current language (the working language outside a request). */
    public String finding(int cut, int workforce) {
        return finding(cut, workforce, WorkingTexts.CASEWORK);
    }

    public String finding(int cut, int workforce, Texts texts) {
        String share = workforce > 0 ? String.format("%.1f%%", cut * 100.0 / workforce) : "—";
        String people = String.valueOf(minPeople), percent = String.valueOf(minPercent);
        if (procedureRequired(cut, workforce))
            return texts.get("casework.layoff.threshold.reached", String.valueOf(cut), String.valueOf(workforce), share,
                    cut >= minPeople ? texts.get("casework.layoff.threshold.byPeople", people)
                            : texts.get("casework.layoff.threshold.byShare", people, percent));
        return texts.get("casework.layoff.threshold.notReached", String.valueOf(cut), String.valueOf(workforce), share,
                people, percent);
    }
}
