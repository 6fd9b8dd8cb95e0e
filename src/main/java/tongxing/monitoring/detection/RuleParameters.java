package tongxing.monitoring.detection;

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
    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        range(v, "layoffMinPeople", "裁员人数标准", layoffMinPeople, 1, 1000);
        range(v, "layoffMinPercent", "裁员比例标准（%）", layoffMinPercent, 1, 100);
        range(v, "arrearsMonths", "欠缴月数", arrearsMonths, 1, 120);
        range(v, "wageArrearsComplaints", "欠薪投诉件数", wageArrearsComplaints, 1, 1000);
        range(v, "disputeCases", "争议案件数", disputeCases, 1, 1000);
        range(v, "unemploymentRegistrations", "失业登记人数", unemploymentRegistrations, 1, 10000);
        range(v, "largeEmployerInsured", "大型用工企业参保人数", largeEmployerInsured, 1, 1_000_000);
        return v;
    }

    private static void range(List<Violation> v, String field, String label, int value, int min, int max) {
        if (value < min || value > max) v.add(new Violation(field, label + "应在 " + min + " 到 " + max + " 之间，实际为 " + value));
    }
}
