package tongxing.monitoring.clues;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The list's search. state: OPEN, RESOLVED or OVERDUE (已逾期); reportedUp: only those reported to
 * the province; mine: only those assigned to the caller.
 */
public record ClueFilter(String state, String q, String region, boolean reportedUp, boolean mine) {

    Map<String, Object> asParams() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (state != null) m.put("state", state);
        if (q != null) m.put("q", q);
        if (region != null) m.put("region", region);
        if (reportedUp) m.put("reportedUp", true);
        if (mine) m.put("mine", true);
        return m;
    }
}
