package tongxing.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user, an import row or the market-regulation feed says about an enterprise. Revenue
 * and assets are in 万元; the size class is derived, never given.
 */
public record EnterpriseData(String uscc, String name, String regionCode, String industryCode, String ownershipCode,
                             Integer employees, BigDecimal revenue, BigDecimal assets, String legalRepresentative,
                             String contactPerson, String contactPhone, String address, LocalDate establishedOn,
                             String status, List<String> tags) {

    public EnterpriseData {
        tags = tags == null ? List.of() : tags.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (status == null || status.isBlank()) status = "ACTIVE";
    }
}
