package tongxing.monitoring.layoffplan;

import java.util.LinkedHashMap;
import java.util.Map;

/** The list's search: status, enterprise name or USCC, region (province users only). */
public record PlanFilter(String status, String q, String region) {

    Map<String, Object> asParams() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (status != null && !status.isBlank()) m.put("status", status);
        if (q != null && !q.isBlank()) m.put("q", q);
        if (region != null && !region.isBlank()) m.put("region", region);
        return m;
    }
}
