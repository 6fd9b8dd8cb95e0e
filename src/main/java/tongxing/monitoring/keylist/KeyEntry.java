package tongxing.monitoring.keylist;

import java.time.LocalDate;
import java.util.List;

/** One enterprise's place on the key list (absent from the table: never proposed nor included). */
public record KeyEntry(boolean listed, String riskLevel, boolean detected, List<String> ruleCodes, String override,
                       String overrideReason, LocalDate listedSince, int version) {

    public static KeyEntry none() {
        return new KeyEntry(false, null, false, List.of(), null, null, null, -1);
    }
}
