package tongxing.monitoring.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ledger's search: name or USCC, region (province users), only enterprises planning or doing layoffs. */
public record LedgerFilter(String q, String region, boolean layoffsOnly) {

    Map<String, Object> asParams() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (q != null) m.put("q", q);
        if (region != null) m.put("region", region);
        if (layoffsOnly) m.put("layoffsOnly", true);
        return m;
    }
}
