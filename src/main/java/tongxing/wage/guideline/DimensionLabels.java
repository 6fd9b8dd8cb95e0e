package tongxing.wage.guideline;

import org.springframework.stereotype.Component;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Names of dimension values, from the wageguide bundle: in the user's language for screens and
 * exports ({@link #label}, {@link #sizeNames}, {@link #keyGroups}), in the working language for the
 * printed documents, the feedback reports and the audit log ({@link #stored}). Region, industry and
 * registration-type names are reference data and stay as loaded.
 */
@Component
public class DimensionLabels {

    private static final List<String> SKILLS = List.of("LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1");
    private static final List<String> TITLES = List.of("JUNIOR", "INTERMEDIATE", "SENIOR");

    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownership;
    private final Texts texts;

    DimensionLabels(Regions regions, Industries industries, OwnershipTypes ownership, Texts texts) {
        this.regions = regions;
        this.industries = industries;
        this.ownership = ownership;
        this.texts = texts;
    }

    /** The scope a cell covers, in the user's language. */
    public String label(Dimension d, String value) {
        return label(d, value, texts::get);
    }

    /** The scope a cell covers, in the working language (documents, audit). */
    public String stored(Dimension d, String value) {
        return label(d, value, texts::stored);
    }

    private String label(Dimension d, String value, BiFunction<String, Object[], String> text) {
        return switch (d) {
            case PROVINCE -> text.apply("wageguide.scope.PROVINCE", new Object[0]);
            case INDUSTRY -> section(value);
            case REGION -> regions.name(value);
            case INDUSTRY_REGION -> {
                int bar = value.indexOf('|');
                yield regions.name(value.substring(bar + 1)) + "·" + section(value.substring(0, bar));
            }
            case SIZE -> named(text, "wageguide.size.", value);
            case OWNERSHIP -> ownership.name(value);
            case LOW_INCOME -> text.apply("wageguide.keyGroup.LOW_INCOME", new Object[0]);
            case SKILL -> text.apply("wageguide.scope.SKILL", new Object[]{named(text, "wageguide.skill.", value)});
            case TITLE -> text.apply("wageguide.scope.TITLE", new Object[]{named(text, "wageguide.title.", value)});
        };
    }

    /** The bundle's name of a value, or the value itself when the bundle has none (an unknown filter value). */
    private static String named(BiFunction<String, Object[], String> text, String prefix, String value) {
        String key = prefix + value;
        String name = text.apply(key, new Object[0]);
        return name.equals(key) ? value : name;
    }

    private String section(String code) {
        return industries.find(code).map(Industry::name).orElse(code);
    }

    /** The size filter values with their names, in the user's language. */
    public Map<String, String> sizeNames() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : sizes()) m.put(s, texts.get("wageguide.size." + s));
        return m;
    }

    /** The key-group filter values with their names: LOW_INCOME, SKILL:LEVEL_n, TITLE:x. */
    public Map<String, String> keyGroups() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("LOW_INCOME", texts.get("wageguide.keyGroup.LOW_INCOME"));
        for (String k : SKILLS) m.put("SKILL:" + k, texts.get("wageguide.keyGroup.SKILL", texts.get("wageguide.skill." + k)));
        for (String k : TITLES) m.put("TITLE:" + k, texts.get("wageguide.keyGroup.TITLE", texts.get("wageguide.title." + k)));
        return m;
    }

    public static List<String> sizes() {
        return List.of("LARGE", "MEDIUM", "SMALL", "MICRO");
    }
}
