package tongxing.wage.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the service list is filtered by; every part optional (the controller defaults the year). Names are request parameters. */
public record ServiceFilter(Integer year, String region, String kind, String uscc) {

    public ServiceFilter {
        region = clean(region, 12);
        kind = ServiceKind.parse(kind) == null ? null : ServiceKind.parse(kind).name();
        uscc = uscc == null ? null : clean(uscc.replace(" ", "").toUpperCase(Locale.ROOT), 18);
    }

    public static ServiceFilter none() {
        return new ServiceFilter(null, null, null, null);
    }

    public ServiceFilter withYear(Integer y) {
        return new ServiceFilter(y, region, kind, uscc);
    }

    public ServiceFilter withRegion(String r) {
        return new ServiceFilter(year, r, kind, uscc);
    }

    public Map<String, Object> asParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (year != null) p.put("year", year);
        if (region != null) p.put("region", region);
        if (kind != null) p.put("kind", kind);
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
