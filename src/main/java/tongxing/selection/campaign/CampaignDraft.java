package tongxing.selection.campaign;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;
import tongxing.selection.Category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the office fills in for a campaign, with the rules it must satisfy. */
public record CampaignDraft(Integer year, Category category, Integer quota, LocalDate nominationDeadline,
                            LocalDate reviewDeadline, Integer publicityDays, List<Criterion> criteria,
                            Map<String, Integer> regionQuotas) {

    public List<Violation> check(Texts texts) {
        List<Violation> v = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) v.add(new Violation("year", texts.get("selection.error.year")));
        if (category == null) v.add(new Violation("category", texts.get("selection.error.categoryRequired")));
        if (quota == null || quota < 1) v.add(new Violation("quota", texts.get("selection.error.quota")));
        if (nominationDeadline == null) v.add(new Violation("nominationDeadline", texts.get("selection.error.nominationDeadlineRequired")));
        if (reviewDeadline == null) v.add(new Violation("reviewDeadline", texts.get("selection.error.reviewDeadlineRequired")));
        if (nominationDeadline != null && reviewDeadline != null && reviewDeadline.isBefore(nominationDeadline))
            v.add(new Violation("reviewDeadline", texts.get("selection.error.reviewBeforeNomination")));
        if (publicityDays == null || publicityDays < 1 || publicityDays > 60)
            v.add(new Violation("publicityDays", texts.get("selection.error.publicityDays")));
        if (criteria.isEmpty()) v.add(new Violation("criteria", texts.get("selection.error.criteriaRequired")));
        int sum = 0;
        for (Criterion c : criteria) {
            if (c.name() == null || c.name().isBlank()) v.add(new Violation("criteria", texts.get("selection.error.criterionName")));
            if (c.weight() < 1 || c.weight() > 100) v.add(new Violation("criteria", texts.get("selection.error.criterionWeight", c.name())));
            sum += c.weight();
        }
        if (!criteria.isEmpty() && sum != 100) v.add(new Violation("criteria", texts.get("selection.error.weightSum", sum)));
        regionQuotas.forEach((region, q) -> {
            if (q == null || q < 0) v.add(new Violation("regionQuotas", texts.get("selection.error.regionQuota", region)));
        });
        return v;
    }

    /** The plan's criteria for a first campaign: 工作业绩 40, 专业能力 30, 群众评价 30. */
    public static List<Criterion> defaultCriteria() {
        return List.of(new Criterion(1, "工作业绩", 40), new Criterion(2, "专业能力", 30), new Criterion(3, "群众评价", 30));
    }
}
