package tongxing.enterprise.search;

import tongxing.platform.web.FilterText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a user searches the registry (企业库) by; every part optional. Values are trimmed and
 * cut to a sane length here, so that the query and the links built from a filter see the same
 * thing. The names are the request parameters, so that a filter survives a reload or a shared link.
 *
 * @param name      a substring of the enterprise name
 * @param uscc      a whole unified social credit code, or its beginning
 * @param region    a city/county code (only honoured for province-wide users)
 * @param section   a GB/T 4754 section (门类), e.g. {@code F}
 * @param division  a GB/T 4754 division (大类), e.g. {@code 52}
 * @param size      a {@link tongxing.platform.sizeclass.SizeClass} name
 * @param ownership an ownership type (登记注册类型) code; a parent code takes in its children
 * @param tag       one tag, exactly
 * @param status    经营状态: {@code ACTIVE}, {@code SUSPENDED} or {@code DEREGISTERED}; anything else is ignored
 */
public record EnterpriseFilter(String name, String uscc, String region, String section, String division,
                               String size, String ownership, String tag, String status) {

    private static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "DEREGISTERED");

    public EnterpriseFilter {
        name = FilterText.clean(name, 100);
        uscc = uscc == null ? null : FilterText.clean(uscc.replace(" ", ""), 20);
        uscc = uscc == null ? null : uscc.toUpperCase(Locale.ROOT);
        region = FilterText.clean(region, 12);
        section = FilterText.clean(section, 1);
        division = FilterText.clean(division, 2);
        size = FilterText.clean(size, 13);
        ownership = FilterText.clean(ownership, 3);
        tag = FilterText.clean(tag, 20);
        status = FilterText.clean(status, 12);
        status = status != null && STATUSES.contains(status) ? status : null; // Set.of refuses to look up null
    }

    /** Any status: the search as it was before the status could be chosen. */
    public EnterpriseFilter(String name, String uscc, String region, String section, String division, String size,
                            String ownership, String tag) {
        this(name, uscc, region, section, division, size, ownership, tag, null);
    }

    public static EnterpriseFilter none() {
        return new EnterpriseFilter(null, null, null, null, null, null, null, null, null);
    }

    public EnterpriseFilter withRegion(String regionCode) {
        return new EnterpriseFilter(name, uscc, regionCode, section, division, size, ownership, tag, status);
    }

    public EnterpriseFilter withName(String newName) {
        return new EnterpriseFilter(newName, uscc, region, section, division, size, ownership, tag, status);
    }

    /** The given parts as request parameters, in form order; empty parts left out. */
    public Map<String, String> asParams() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "name", name);
        put(p, "uscc", uscc);
        put(p, "region", region);
        put(p, "section", section);
        put(p, "division", division);
        put(p, "size", size);
        put(p, "ownership", ownership);
        put(p, "tag", tag);
        put(p, "status", status);
        return p;
    }

    public boolean isEmpty() {
        return asParams().isEmpty();
    }

    /** {@code name=%E6%A4%B0&size=SMALL}: the filter as a URL query, for paging and export links. */
    public String queryString() {
        return FilterText.queryString(asParams());
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) p.put(key, value);
    }
}
