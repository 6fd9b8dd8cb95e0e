package tongxing.platform.audit;

import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit search: user, action, entity type and id, a date range (inclusive, Hainan time) and
 * free text in the summary. Every value travels to SQL as a bound parameter.
 */
public record AuditFilter(String username, AuditAction action, String entityType, String entityId, LocalDate from,
                          LocalDate to, String text) {

    public static AuditFilter of(String username, String action, String entityType, String entityId, String from,
                                 String to, String text) {
        return new AuditFilter(blankToNull(username), action(action), blankToNull(entityType), blankToNull(entityId),
                date(from), date(to), blankToNull(text));
    }

    /** The filter as a query string, for paging and export links. */
    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        asMap().forEach(b::queryParam);
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    /** The non-empty conditions, by parameter name (also what the export's audit entry records). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (username != null) m.put("username", username);
        if (action != null) m.put("action", action.name());
        if (entityType != null) m.put("entityType", entityType);
        if (entityId != null) m.put("entityId", entityId);
        if (from != null) m.put("from", from.toString());
        if (to != null) m.put("to", to.toString());
        if (text != null) m.put("text", text);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static AuditAction action(String value) {
        try {
            return value == null || value.isBlank() ? null : AuditAction.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
