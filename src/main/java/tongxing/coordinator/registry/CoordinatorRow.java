package tongxing.coordinator.registry;

import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the coordinator list and its export: the ID number and phone already masked.
 *
 * @param goldYears the years of gold awards joined by "、" (oldest first), or null when never gold
 */
public record CoordinatorRow(long id, String name, String maskedIdNumber, boolean male, LocalDate birthDate,
                             String maskedPhone, String regionCode, String regionName, WorkplaceType workplaceType,
                             String enterpriseUscc, String postName, boolean fullTime, boolean instructor,
                             SkillLevel skillLevel, String certificateNo, LocalDate certificateDate,
                             LocalDate appointedOn, BigDecimal trainingHours, String goldYears) {

    public String levelName() {
        return skillLevel == null ? "NONE" : skillLevel.name();
    }
}
