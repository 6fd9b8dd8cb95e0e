package tongxing.monitoring.detection;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of a rule-set version (stored as JSON in {@code monitoring_rule_set}).
 *
 * @param layoffMinPeople           劳动合同法 第四十一条: a cut of this many people or more (20)
 * @param layoffMinPercent          ... or of fewer people but at least this share of the workforce (10 %)
 * @param arrearsMonths             months of social-insurance contribution arrears that raise a signal
 * @param wageArrearsComplaints     wage-arrears complaints in a month
 * @param disputeCases              labor dispute cases in a month (a collective case always counts)
 * @param unemploymentRegistrations unemployment registrations naming the enterprise in a month
 * @param largeEmployerInsured      insured employees from which an enterprise is always on the guidance list
 */
public record RuleParameters(int layoffMinPeople, int layoffMinPercent, int arrearsMonths, int wageArrearsComplaints,
                             int disputeCases, int unemploymentRegistrations, int largeEmployerInsured) {

    public static RuleParameters defaults() {
        return new RuleParameters(20, 10, 3, 1, 3, 5, 1000);
    }

    /** By field name, for the form. */
    public java.util.Map<String, Integer> asMap() {
        java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
        m.put("layoffMinPeople", layoffMinPeople);
        m.put("layoffMinPercent", layoffMinPercent);
        m.put("arrearsMonths", arrearsMonths);
        m.put("wageArrearsComplaints", wageArrearsComplaints);
        m.put("disputeCases", disputeCases);
        m.put("unemploymentRegistrations", unemploymentRegistrations);
        m.put("largeEmployerInsured", largeEmployerInsured);
        return m;
    }

    /** Every threshold out of its sensible range, named by the form field. */
    public List<Violation> violations(Texts texts) {
        List<Violation> v = new ArrayList<>();
        range(texts, v, "layoffMinPeople", layoffMinPeople, 1, 1000);
        range(texts, v, "layoffMinPercent", layoffMinPercent, 1, 100);
        range(texts, v, "arrearsMonths", arrearsMonths, 1, 120);
        range(texts, v, "wageArrearsComplaints", wageArrearsComplaints, 1, 1000);
        range(texts, v, "disputeCases", disputeCases, 1, 1000);
        range(texts, v, "unemploymentRegistrations", unemploymentRegistrations, 1, 10000);
        range(texts, v, "largeEmployerInsured", largeEmployerInsured, 1, 1_000_000);
        return v;
    }

    private static void range(Texts texts, List<Violation> v, String field, int value, int min, int max) {
        if (value < min || value > max)
            v.add(new Violation(field, texts.get("feeds.rules.error.range", texts.get("feeds.rules.label." + field),
                    String.valueOf(min), String.valueOf(max), String.valueOf(value))));
    }
}
