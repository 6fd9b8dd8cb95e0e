package tongxing.enterprise.web;

import org.springframework.stereotype.Component;
import tongxing.enterprise.Enterprise;
import tongxing.platform.crypto.Masking;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.platform.sizeclass.SizeClassifier;

import java.time.LocalDateTime;

/** The detail page's view of an enterprise: names for the codes, the masked phone, why it is unclassified. */
public record EnterpriseDetails(Enterprise enterprise, String regionName, Industry section, Industry division,
                         Industry industry, String ownershipName, String sizeReason, String maskedPhone,
                         LocalDateTime createdAt, LocalDateTime updatedAt) {

    @Component
    static class Factory {

        private final Regions regions;
        private final Industries industries;
        private final OwnershipTypes ownershipTypes;
        private final SizeClassifier sizeClassifier;

        Factory(Regions regions, Industries industries, OwnershipTypes ownershipTypes, SizeClassifier sizeClassifier) {
            this.regions = regions;
            this.industries = industries;
            this.ownershipTypes = ownershipTypes;
            this.sizeClassifier = sizeClassifier;
        }

        EnterpriseDetails of(Enterprise e) {
            String reason = e.sizeClass() == SizeClass.UNCLASSIFIED
                    ? sizeClassifier.classify(e.industryCode(), e.employees(), e.revenue(), e.assets()).reason()
                    : null;
            return new EnterpriseDetails(e, regions.name(e.regionCode()), industries.find(e.industrySection()).orElse(null),
                    industries.find(e.industryDivision()).orElse(null), industries.find(e.industryCode()).orElse(null),
                    e.ownershipCode() == null ? null : ownershipTypes.name(e.ownershipCode()), reason,
                    Masking.phone(e.contactPhone()),
                    LocalDateTime.ofInstant(e.createdAt(), tongxing.enterprise.search.EnterpriseSearch.ZONE),
                    LocalDateTime.ofInstant(e.updatedAt(), tongxing.enterprise.search.EnterpriseSearch.ZONE));
        }
    }
}
