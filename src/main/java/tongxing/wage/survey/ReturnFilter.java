package tongxing.wage.survey;

import tongxing.platform.web.FilterText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the returns list (数据填报) is filtered by; every part optional except the year, which the
 * controller defaults to the latest survey. The names are the request parameters.
 */
public record ReturnFilter(Integer year, String region, String status, String uscc) {

    public ReturnFilter {
        region = FilterText.clean(region, 12);
        status = FilterText.clean(status, 12);
        if (status != null) {
            try {
                ReturnStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                status = null;
            }
        }
        uscc = uscc == null ? null : FilterText.clean(uscc.replace(" ", "").toUpperCase(Locale.ROOT), 18);
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
        return FilterText.queryString(asParams());
    }

}
