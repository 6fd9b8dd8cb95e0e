package tongxing.wage.service;

import tongxing.platform.web.FilterText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What the service list is filtered by; every part optional (the controller defaults the year). Names are request parameters. */
public record ServiceFilter(Integer year, String region, String kind, String uscc) {

    public ServiceFilter {
        region = FilterText.clean(region, 12);
        kind = ServiceKind.parse(kind) == null ? null : ServiceKind.parse(kind).name();
        uscc = uscc == null ? null : FilterText.clean(uscc.replace(" ", "").toUpperCase(Locale.ROOT), 18);
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
        return FilterText.queryString(asParams());
    }

}
