package tongxing.wage.occupation;

import tongxing.platform.web.FilterText;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the 职业分类 list is filtered by, every part optional (the names are the request parameters):
 * {@code q} a code prefix or part of a name, {@code level} 1 to 4, {@code under} a code whose branch is
 * shown (the code and everything below it), {@code status} {@code active} or {@code disabled}.
 */
public record OccupationFilter(String q, Integer level, String under, String status) {

    public OccupationFilter {
        q = FilterText.clean(q, 100);
        if (level != null && (level < 1 || level > 4)) level = null;
        under = under == null ? null : OccupationTable.normalize(under);
        if (under != null && !OccupationCodeFormat.isWellFormed(under)) under = null;
        status = "active".equals(status) || "disabled".equals(status) ? status : null;
    }

    public static OccupationFilter none() {
        return new OccupationFilter(null, null, null, null);
    }

    public boolean isEmpty() {
        return q == null && level == null && under == null && status == null;
    }

    public Map<String, Object> asParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (q != null) p.put("q", q);
        if (level != null) p.put("level", level);
        if (under != null) p.put("under", under);
        if (status != null) p.put("status", status);
        return p;
    }

    public String queryString() {
        return FilterText.queryString(asParams());
    }

}
