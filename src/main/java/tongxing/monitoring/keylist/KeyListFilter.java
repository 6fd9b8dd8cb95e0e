package tongxing.monitoring.keylist;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The key-enterprise list's filter, as the search form and the dashboard's links send it. Blank
 * or unknown values mean "any".
 *
 * @param region  a region code (province users only; others are fixed to their region)
 * @param risk    RED, ORANGE or YELLOW
 * @param section GB/T 4754 section letter
 * @param rule    a rule code the entry was detected by
 * @param q       part of the name or the USCC
 */
public record KeyListFilter(String region, String risk, String section, String rule, String q) {

    static final Set<String> RISKS = Set.of("RED", "ORANGE", "YELLOW");

    public KeyListFilter {
        region = blankToNull(region);
        risk = blankToNull(risk);
        if (risk != null && !RISKS.contains(risk)) risk = null;
        section = blankToNull(section);
        if (section != null && !section.matches("[A-T]")) section = null;
        rule = blankToNull(rule);
        if (rule != null && !rule.matches("[A-Z_]{1,32}")) rule = null;
        q = blankToNull(q);
        if (q != null && q.length() > 50) q = q.substring(0, 50);
    }

    public static KeyListFilter none() {
        return new KeyListFilter(null, null, null, null, null);
    }

    public KeyListFilter withRegion(String region) {
        return new KeyListFilter(region, risk, section, rule, q);
    }

    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        if (region != null) m.put("region", region);
        if (risk != null) m.put("risk", risk);
        if (section != null) m.put("section", section);
        if (rule != null) m.put("rule", rule);
        if (q != null) m.put("q", q);
        return m;
    }

    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        asMap().forEach(b::queryParam);
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
