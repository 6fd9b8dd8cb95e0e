package tongxing.selection.campaign;

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

    public List<Violation> check() {
        List<Violation> v = new ArrayList<>();
        if (year == null || year < 2000 || year > 2100) v.add(new Violation("year", "年度须为 2000—2100 之间的年份"));
        if (category == null) v.add(new Violation("category", "请选择评选类别"));
        if (quota == null || quota < 1) v.add(new Violation("quota", "评选名额须为正整数"));
        if (nominationDeadline == null) v.add(new Violation("nominationDeadline", "请填写推荐截止日期"));
        if (reviewDeadline == null) v.add(new Violation("reviewDeadline", "请填写评审截止日期"));
        if (nominationDeadline != null && reviewDeadline != null && reviewDeadline.isBefore(nominationDeadline))
            v.add(new Violation("reviewDeadline", "评审截止日期不能早于推荐截止日期"));
        if (publicityDays == null || publicityDays < 1 || publicityDays > 60)
            v.add(new Violation("publicityDays", "公示天数须为 1—60 天"));
        if (criteria.isEmpty()) v.add(new Violation("criteria", "至少需要一个评分项"));
        int sum = 0;
        for (Criterion c : criteria) {
            if (c.name() == null || c.name().isBlank()) v.add(new Violation("criteria", "评分项名称不能为空"));
            if (c.weight() < 1 || c.weight() > 100) v.add(new Violation("criteria", "评分项“" + c.name() + "”的权重须为 1—100"));
            sum += c.weight();
        }
        if (!criteria.isEmpty() && sum != 100) v.add(new Violation("criteria", "评分项权重之和须为 100，现为 " + sum));
        regionQuotas.forEach((region, q) -> {
            if (q == null || q < 0) v.add(new Violation("regionQuotas", "市县推荐名额不能为负数（" + region + "）"));
        });
        return v;
    }

    /** The plan's criteria for a first campaign: 工作业绩 40, 专业能力 30, 群众评价 30. */
    public static List<Criterion> defaultCriteria() {
        return List.of(new Criterion(1, "工作业绩", 40), new Criterion(2, "专业能力", 30), new Criterion(3, "群众评价", 30));
    }
}
