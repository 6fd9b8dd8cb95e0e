package tongxing.monitoring.keylist;

import java.time.LocalDate;
import java.util.List;

/** One enterprise on the key-enterprise list as the list and its export show it. */
public record KeyListRow(String uscc, String name, String regionCode, String regionName, String industrySection,
                         String riskLevel, List<String> ruleCodes, String override, String overrideReason,
                         LocalDate listedSince, LocalDate detectedMonth) {
}
