package tongxing.enterprise.search;

import tongxing.platform.sizeclass.SizeClass;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One enterprise as the registry list and its export show it: codes with their names, and the
 * contact phone already masked (the full number never leaves the read model).
 */
public record EnterpriseRow(long id, String uscc, String name, String regionCode, String regionName,
                            String industryCode, String industryName, String industrySection, SizeClass sizeClass,
                            String ownershipCode, String ownershipName, Integer employees, BigDecimal revenue,
                            BigDecimal assets, String legalRepresentative, String contactPerson, String maskedPhone,
                            String address, LocalDate establishedOn, String status, List<String> tags,
                            LocalDateTime updatedAt) {
}
