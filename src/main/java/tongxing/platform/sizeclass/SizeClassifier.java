package tongxing.platform.sizeclass;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.i18n.Texts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the size class from industry, employees, revenue and assets by the 2017 table held in
 * platform_size_rule_scope / platform_size_threshold: large, medium and small must meet every
 * listed minimum, else the enterprise drops a tier; micro is what is left. The most specific
 * industry code with a rule decides (class 7010 before group 701 before division 70 before
 * section K).
 */
@Service
public class SizeClassifier {

    private static final List<SizeClass> TIERS = List.of(SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL);

    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, String> ruleGroupOf = new HashMap<>();
    private final Map<String, Map<SizeClass, SizeThreshold>> thresholds = new HashMap<>();

    private final Texts texts;

    SizeClassifier(JdbcClient jdbc, Texts texts) {
        this.texts = texts;
        jdbc.sql("SELECT code, parent_code FROM platform_industry").query((rs, n) -> {
            parentOf.put(rs.getString(1), rs.getString(2));
            return null;
        }).list();
        jdbc.sql("SELECT industry_code, rule_group FROM platform_size_rule_scope").query((rs, n) -> {
            ruleGroupOf.put(rs.getString(1), rs.getString(2));
            return null;
        }).list();
        jdbc.sql("SELECT rule_group, size_class, min_employees, min_revenue, min_assets FROM platform_size_threshold")
                .query((rs, n) -> {
                    int employees = rs.getInt(3);
                    Integer minEmployees = rs.wasNull() ? null : employees; // before the next getter resets wasNull()
                    SizeThreshold t = new SizeThreshold(SizeClass.valueOf(rs.getString(2)),
                            minEmployees, rs.getBigDecimal(4), rs.getBigDecimal(5));
                    thresholds.computeIfAbsent(rs.getString(1), g -> new HashMap<>()).put(t.sizeClass(), t);
                    return null;
                }).list();
    }

    public SizeClassification classify(String industryCode, Integer employees, BigDecimal revenue, BigDecimal assets) {
        String group = ruleGroup(industryCode);
        if (group == null) {
            String reason = texts.get("70".equals(industryCode) ? "sizeclass.reason.realEstateGroup" : "sizeclass.reason.outOfScope");
            return new SizeClassification(SizeClass.UNCLASSIFIED, null, reason);
        }
        for (SizeClass tier : TIERS) {
            Boolean met = thresholds.get(group).get(tier).metBy(employees, revenue, assets);
            if (met == null) return new SizeClassification(SizeClass.UNCLASSIFIED, group, texts.get("sizeclass.reason.missingFigures"));
            if (met) return new SizeClassification(tier, group, null);
        }
        return new SizeClassification(SizeClass.MICRO, group, null);
    }

    private String ruleGroup(String industryCode) {
        for (String code = industryCode; code != null; code = parentOf.get(code)) {
            String group = ruleGroupOf.get(code);
            if (group != null) return group;
        }
        return null;
    }
}
