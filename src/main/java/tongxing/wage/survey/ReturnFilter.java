package tongxing.wage.survey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the returns list (数据填报) is filtered by; every part optional except the year, which the
 * controller defaults to the latest survey. The names are the request parameters.
 */
public record ReturnFilter(Integer year, String region, String status, String uscc) {

    public ReturnFilter {
        region = clean(region, 12);
        status = clean(status, 12);
        if (status != null) {
            try {
                ReturnStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                status = null;
            }
        }
        uscc = uscc == null ? null : clean(uscc.replace(" ", "").toUpperCase(Locale.ROOT), 18);
    }

    public ReturnFilter withYear(Integer y) {
        return new ReturnFilter(y, region, status, uscc);
    }

    public ReturnFilter withRegion(String r) {
        return new ReturnFilter(year, r, status, uscc);
    }

    public Map<String, Object> asParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (year != null) p.put("year", year);
        if (region != null) p.put("region", region);
        if (status != null) p.put("status", status);
        if (uscc != null) p.put("uscc", uscc);
        return p;
    }

    public String queryString() {
        return asParams().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
