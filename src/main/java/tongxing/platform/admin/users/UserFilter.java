package tongxing.platform.admin.users;

import org.springframework.web.util.UriComponentsBuilder;
import tongxing.platform.security.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user list's search: free text on user name and display name, role, region, state. Every
 * value comes from the request and travels to SQL as a bound parameter.
 */
record UserFilter(String q, Role role, String region, UserStatus status) {

    static UserFilter of(String q, String role, String region, String status) {
        return new UserFilter(blankToNull(q), parse(Role.class, role), blankToNull(region), parse(UserStatus.class, status));
    }

    /** The filter as a query string, for paging and export links. */
    String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (q != null) b.queryParam("q", q);
        if (role != null) b.queryParam("role", role.name());
        if (region != null) b.queryParam("region", region);
        if (status != null) b.queryParam("status", status.name());
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    /** The non-empty conditions by parameter name (what the export's audit entry records). */
    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (q != null) m.put("q", q);
        if (role != null) m.put("role", role.name());
        if (region != null) m.put("region", region);
        if (status != null) m.put("status", status.name());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
