package tongxing.wage.guideline;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Why the filters cannot be used together: the field, the bundle key of the reason and its argument. */
    public record Problem(String field, String key, String arg) {
    }

    /** What is wrong with the filters, or empty. */
    public Optional<Problem> problem() {
        int standalone = (size != null ? 1 : 0) + (ownership != null ? 1 : 0) + (keyGroup != null ? 1 : 0);
        boolean place = region != null || industry != null;
        if (standalone > 1 || (standalone > 0 && place))
            return Optional.of(new Problem("filter", "wageguide.filter.error.combine", String.join("、", describe())));
        if (keyGroup != null && !"LOW_INCOME".equals(keyGroup) && !keyGroup.startsWith("SKILL:") && !keyGroup.startsWith("TITLE:"))
            return Optional.of(new Problem("keyGroup", "wageguide.filter.error.keyGroup", keyGroup));
        return Optional.empty();
    }

    /** This filter, or a validation error with the reason in the user's language; call before {@link #dimension}. */
    public CellFilter checked(Texts texts) {
        problem().ifPresent(p -> {
            throw new ValidationException(List.of(new Violation(p.field(), texts.get(p.key(), p.arg()))));
        });
        return this;
    }

    /**
     * The dimension the filters select. Filters that cannot be used together are refused here too, with
     * the reason's bundle key (a caller shows words by calling {@link #checked} first).
     */
    public Dimension dimension() {
        problem().ifPresent(p -> {
            throw new ValidationException(List.of(new Violation(p.field(), p.key())));
        });
        if (region != null && industry != null) return Dimension.INDUSTRY_REGION;
        if (region != null) return Dimension.REGION;
        if (industry != null) return Dimension.INDUSTRY;
        if (size != null) return Dimension.SIZE;
        if (ownership != null) return Dimension.OWNERSHIP;
        if (keyGroup != null) {
            if ("LOW_INCOME".equals(keyGroup)) return Dimension.LOW_INCOME;
            return keyGroup.startsWith("SKILL:") ? Dimension.SKILL : Dimension.TITLE;
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
