package tongxing.coordinator.registry;

import org.springframework.web.util.UriComponentsBuilder;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list's search form. Unknown codes are ignored rather than failing the page.
 *
 * @param level a {@link SkillLevel} name, or {@code NONE} for coordinators without a certificate
 * @param gold  金牌协调员: {@code ANY} for gold in any year, or a year such as {@code 2025}
 */
public record CoordinatorFilter(String name, String region, String workplace, String level, String instructor,
                                String gold) {

    public static final String GOLD_ANY = "ANY";

    public static CoordinatorFilter none() {
        return new CoordinatorFilter(null, null, null, null, null, null);
    }

    public CoordinatorFilter withRegion(String r) {
        return new CoordinatorFilter(name, r, workplace, level, instructor, gold);
    }

    boolean goldAnyYear() {
        return GOLD_ANY.equals(gold);
    }

    Integer goldYear() {
        if (gold == null || !gold.trim().matches("(19|20)\\d{2}")) return null;
        return Integer.valueOf(gold.trim());
    }

    String nameText() {
        return name == null || name.isBlank() ? null : name.trim();
    }

    String regionCode() {
        return region == null || region.isBlank() ? null : region.trim();
    }

    WorkplaceType workplaceType() {
        try {
            return workplace == null || workplace.isBlank() || "GRASSROOTS".equals(workplace) ? null : WorkplaceType.valueOf(workplace);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean grassrootsOnly() {
        return "GRASSROOTS".equals(workplace);
    }

    boolean noLevel() {
        return "NONE".equals(level);
    }

    SkillLevel skillLevel() {
        try {
            return level == null || level.isBlank() || noLevel() ? null : SkillLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Boolean instructorFlag() {
        if ("true".equals(instructor)) return true;
        if ("false".equals(instructor)) return false;
        return null;
    }

    public Map<String, String> asParams() {
        Map<String, String> m = new LinkedHashMap<>();
        if (nameText() != null) m.put("name", nameText());
        if (regionCode() != null) m.put("region", regionCode());
        if (workplaceType() != null) m.put("workplace", workplaceType().name());
        if (grassrootsOnly()) m.put("workplace", "GRASSROOTS");
        if (noLevel()) m.put("level", "NONE");
        if (skillLevel() != null) m.put("level", skillLevel().name());
        if (instructorFlag() != null) m.put("instructor", instructorFlag().toString());
        if (goldAnyYear()) m.put("gold", GOLD_ANY);
        if (goldYear() != null) m.put("gold", goldYear().toString());
        return m;
    }

    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        asParams().forEach(b::queryParam);
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }
}
