package tongxing.selection.campaign;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;
import tongxing.selection.Category;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The campaign form as typed: strings, parsed into a {@link CampaignDraft} with a reason per bad field. */
public class CampaignForm {

    private String year;
    private String category;
    private String quota;
    private String nominationDeadline;
    private String reviewDeadline;
    private String publicityDays = "7";
    private List<String> criterionName = new ArrayList<>();
    private List<String> criterionWeight = new ArrayList<>();
    private Map<String, String> regionQuota = new LinkedHashMap<>();
    private int version;

    public static CampaignForm blank(int year) {
        CampaignForm f = new CampaignForm();
        f.year = String.valueOf(year);
        for (Criterion c : CampaignDraft.defaultCriteria()) {
            f.criterionName.add(c.name());
            f.criterionWeight.add(String.valueOf(c.weight()));
        }
        f.criterionName.add("");
        f.criterionWeight.add("");
        return f;
    }

    public static CampaignForm of(Campaign c) {
        CampaignForm f = new CampaignForm();
        f.year = String.valueOf(c.year());
        f.category = c.category().name();
        f.quota = String.valueOf(c.quota());
        f.nominationDeadline = String.valueOf(c.nominationDeadline());
        f.reviewDeadline = String.valueOf(c.reviewDeadline());
        f.publicityDays = String.valueOf(c.publicityDays());
        for (Criterion cr : c.criteria()) {
            f.criterionName.add(cr.name());
            f.criterionWeight.add(String.valueOf(cr.weight()));
        }
        f.criterionName.add("");
        f.criterionWeight.add("");
        c.regionQuotas().forEach((k, v) -> f.regionQuota.put(k, String.valueOf(v)));
        f.version = c.version();
        return f;
    }

    public CampaignDraft parse(Texts texts) {
        List<Violation> v = new ArrayList<>();
        Category cat = null;
        try {
            if (category != null && !category.isBlank()) cat = Category.valueOf(category);
        } catch (IllegalArgumentException e) {
            v.add(new Violation("category", texts.get("selection.error.categoryInvalid")));
        }
        Integer q = integer(texts, quota, "quota", "selection.field.quota", v);
        if (q == null && cat != null && (quota == null || quota.isBlank())) q = cat.defaultQuota();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < criterionName.size(); i++) {
            String name = criterionName.get(i);
            String weight = i < criterionWeight.size() ? criterionWeight.get(i) : null;
            if ((name == null || name.isBlank()) && (weight == null || weight.isBlank())) continue;
            Integer w = integer(texts, weight, "criteria", "selection.label.criterionWeight", v);
            criteria.add(new Criterion(criteria.size() + 1, name == null ? "" : name.strip(), w == null ? 0 : w));
        }
        Map<String, Integer> quotas = new LinkedHashMap<>();
        regionQuota.forEach((region, s) -> {
            Integer n = integer(texts, s, "regionQuotas", "selection.label.regionQuota", v);
            if (n != null) quotas.put(region, n);
        });
        CampaignDraft d = new CampaignDraft(integer(texts, year, "year", "selection.field.year", v), cat, q,
                date(texts, nominationDeadline, "nominationDeadline", v), date(texts, reviewDeadline, "reviewDeadline", v),
                integer(texts, publicityDays, "publicityDays", "selection.field.publicityDays", v), criteria, quotas);
        List<Violation> all = new ArrayList<>(v);
        all.addAll(d.check(texts).stream().filter(x -> all.stream().noneMatch(y -> y.field().equals(x.field()))).toList());
        if (!all.isEmpty()) throw new ValidationException(all);
        return d;
    }

    private static Integer integer(Texts texts, String s, String field, String labelKey, List<Violation> v) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            v.add(new Violation(field, texts.get("selection.error.integer", texts.get(labelKey), s)));
            return null;
        }
    }

    private static LocalDate date(Texts texts, String s, String field, List<Violation> v) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            v.add(new Violation(field, texts.get("selection.error.date", s)));
            return null;
        }
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQuota() { return quota; }
    public void setQuota(String quota) { this.quota = quota; }
    public String getNominationDeadline() { return nominationDeadline; }
    public void setNominationDeadline(String d) { this.nominationDeadline = d; }
    public String getReviewDeadline() { return reviewDeadline; }
    public void setReviewDeadline(String d) { this.reviewDeadline = d; }
    public String getPublicityDays() { return publicityDays; }
    public void setPublicityDays(String d) { this.publicityDays = d; }
    public List<String> getCriterionName() { return criterionName; }
    public void setCriterionName(List<String> l) { this.criterionName = l; }
    public List<String> getCriterionWeight() { return criterionWeight; }
    public void setCriterionWeight(List<String> l) { this.criterionWeight = l; }
    public Map<String, String> getRegionQuota() { return regionQuota; }
    public void setRegionQuota(Map<String, String> m) { this.regionQuota = m; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
