package tongxing.coordinator.certification;

import tongxing.coordinator.SkillLevel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A coordinator on a subsidy or assessment list, with what put them there. ID number masked. */
public record CertificationCandidate(long id, String name, String maskedIdNumber, String regionCode, String regionName,
                                     SkillLevel skillLevel, String certificateNo, LocalDate certificateDate,
                                     String certificateBody, LocalDate appointedOn, BigDecimal trainingHours) {

    public String levelName() {
        return skillLevel == null ? "NONE" : skillLevel.name();
    }
}
