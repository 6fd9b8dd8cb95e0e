package tongxing.wage.guideline;

import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells of an edition a list shows: an occupation search (code prefix or part of the
 * name) and one dimension. Industry and region combine (行业×市县); the other filters stand alone.
 *
 * @param keyGroup LOW_INCOME, SKILL:LEVEL_n or TITLE:JUNIOR|INTERMEDIATE|SENIOR
 */
public record CellFilter(String q, String region, String industry, String size, String ownership, String keyGroup) {

    public CellFilter {
        q = blankToNull(q);
        region = blankToNull(region);
        industry = blankToNull(industry);
        size = blankToNull(size);
        ownership = blankToNull(ownership);
        keyGroup = blankToNull(keyGroup);
    }

    public static CellFilter none() {
        return new CellFilter(null, null, null, null, null, null);
    }

    /** The dimension the filters select; a clear Chinese error when they cannot be combined. */
    public Dimension dimension() {
        List<String> standalone = new ArrayList<>();
        if (size != null) standalone.add("企业规模");
        if (ownership != null) standalone.add("登记注册类型");
        if (keyGroup != null) standalone.add("重点群体");
        boolean place = region != null || industry != null;
        if (standalone.size() > 1 || (!standalone.isEmpty() && place)) {
            throw new ValidationException(List.of(new Violation("filter",
                    "筛选条件只能单独使用（行业与市县可以组合）：" + String.join("、", describe()))));
        }
        if (region != null && industry != null) return Dimension.INDUSTRY_REGION;
        if (region != null) return Dimension.REGION;
        if (industry != null) return Dimension.INDUSTRY;
        if (size != null) return Dimension.SIZE;
        if (ownership != null) return Dimension.OWNERSHIP;
        if (keyGroup != null) {
            if ("LOW_INCOME".equals(keyGroup)) return Dimension.LOW_INCOME;
            if (keyGroup.startsWith("SKILL:")) return Dimension.SKILL;
            if (keyGroup.startsWith("TITLE:")) return Dimension.TITLE;
            throw new ValidationException("keyGroup", "重点群体“" + keyGroup + "”无效，应为 LOW_INCOME、SKILL:等级 或 TITLE:职称");
        }
        return Dimension.PROVINCE;
    }

    public String dimValue() {
        return switch (dimension()) {
            case PROVINCE -> "";
            case INDUSTRY -> industry;
            case REGION -> region;
            case INDUSTRY_REGION -> industry + "|" + region;
            case SIZE -> size;
            case OWNERSHIP -> ownership;
            case LOW_INCOME -> "LOW";
            case SKILL, TITLE -> keyGroup.substring(keyGroup.indexOf(':') + 1);
        };
    }

    /** The filter as the audit log and the export file record it. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (q != null) m.put("q", q);
        if (region != null) m.put("region", region);
        if (industry != null) m.put("industry", industry);
        if (size != null) m.put("size", size);
        if (ownership != null) m.put("ownership", ownership);
        if (keyGroup != null) m.put("keyGroup", keyGroup);
        return m;
    }

    private List<String> describe() {
        List<String> out = new ArrayList<>();
        asMap().forEach((k, v) -> {
            if (!"q".equals(k)) out.add(k + "=" + v);
        });
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
