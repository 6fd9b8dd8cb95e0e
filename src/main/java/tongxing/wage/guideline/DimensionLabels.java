package tongxing.wage.guideline;

import org.springframework.stereotype.Component;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chinese names of dimension values, for PDFs and for naming the cell a feedback report compares with. */
@Component
public class DimensionLabels {

    public static final Map<String, String> SIZES = Map.of("LARGE", "大型企业", "MEDIUM", "中型企业", "SMALL", "小型企业",
            "MICRO", "微型企业", "UNCLASSIFIED", "未分类");
    public static final Map<String, String> SKILLS = ordered("LEVEL_5", "五级/初级工", "LEVEL_4", "四级/中级工",
            "LEVEL_3", "三级/高级工", "LEVEL_2", "二级/技师", "LEVEL_1", "一级/高级技师");
    public static final Map<String, String> TITLES = ordered("JUNIOR", "初级职称", "INTERMEDIATE", "中级职称", "SENIOR", "高级职称");

    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownership;

    DimensionLabels(Regions regions, Industries industries, OwnershipTypes ownership) {
        this.regions = regions;
        this.industries = industries;
        this.ownership = ownership;
    }

    public String label(Dimension d, String value) {
        return switch (d) {
            case PROVINCE -> "全省";
            case INDUSTRY -> section(value);
            case REGION -> regions.name(value);
            case INDUSTRY_REGION -> {
                int bar = value.indexOf('|');
                yield regions.name(value.substring(bar + 1)) + "·" + section(value.substring(0, bar));
            }
            case SIZE -> SIZES.getOrDefault(value, value);
            case OWNERSHIP -> ownership.name(value);
            case LOW_INCOME -> "低收入职工";
            case SKILL -> "技能人才（" + SKILLS.getOrDefault(value, value) + "）";
            case TITLE -> "专业技术人员（" + TITLES.getOrDefault(value, value) + "）";
        };
    }

    private String section(String code) {
        return industries.find(code).map(Industry::name).orElse(code);
    }

    /** The key-group filter values with their names: LOW_INCOME, SKILL:LEVEL_n, TITLE:x. */
    public static Map<String, String> keyGroups() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("LOW_INCOME", "低收入职工");
        SKILLS.forEach((k, v) -> m.put("SKILL:" + k, "技能人才 · " + v));
        TITLES.forEach((k, v) -> m.put("TITLE:" + k, "专业技术人员 · " + v));
        return m;
    }

    public static List<String> sizes() {
        return List.of("LARGE", "MEDIUM", "SMALL", "MICRO");
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }
}
