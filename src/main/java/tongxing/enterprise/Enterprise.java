package tongxing.enterprise;

import tongxing.platform.sizeclass.SizeClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enterprise of the registry as other modules and screens read it (phone decrypted). */
public record Enterprise(long id, String uscc, String name, String regionCode, String industryCode,
                         String industryDivision, String industrySection, String ownershipCode, Integer employees,
                         BigDecimal revenue, BigDecimal assets, SizeClass sizeClass, String legalRepresentative,
                         String contactPerson, String contactPhone, String address, LocalDate establishedOn,
                         String status, List<String> tags, String source, Instant createdAt, Instant updatedAt,
                         int version) {

    /** The editable part, for a form that starts from the saved values. */
    public EnterpriseData data() {
        return new EnterpriseData(uscc, name, regionCode, industryCode, ownershipCode, employees, revenue, assets,
                legalRepresentative, contactPerson, contactPhone, address, establishedOn, status, tags);
    }
}
