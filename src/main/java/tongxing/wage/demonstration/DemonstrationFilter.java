package tongxing.wage.demonstration;

import tongxing.platform.web.FilterText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the demonstration list is filtered by; all optional. The names are the request parameters. */
public record DemonstrationFilter(Integer year, String kind, String region, String q) {

    public DemonstrationFilter {
        kind = DemonstrationKind.parse(kind) == null ? null : kind.strip();
        region = FilterText.clean(region, 12);
        q = FilterText.clean(q, 50);
    }

    public static DemonstrationFilter none() {
        return new DemonstrationFilter(null, null, null, null);
    }

    public DemonstrationFilter withRegion(String r) {
        return new DemonstrationFilter(year, kind, r, q);
    }

    public Map<String, Object> asParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (year != null) p.put("year", year);
        if (kind != null) p.put("kind", kind);
        if (region != null) p.put("region", region);
        if (q != null) p.put("q", q);
        return p;
    }

    public String queryString() {
        return FilterText.queryString(asParams());
    }

    /** A search text that is a USCC prefix (digits and capitals only) is matched on the code. */
    String usccPrefix() {
        if (q == null) return null;
        String t = q.replace(" ", "").toUpperCase(Locale.ROOT);
        return t.matches("[0-9A-Z]{2,18}") && t.chars().anyMatch(Character::isDigit) ? t : null;
    }

}
