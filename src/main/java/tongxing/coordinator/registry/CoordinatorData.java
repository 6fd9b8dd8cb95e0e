package tongxing.coordinator.registry;

import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;

import java.time.LocalDate;

/**
 * What is typed in to register or change a coordinator (协调员信息). Sex and birth date are not
 * here: they follow from the ID number.
 */
public record CoordinatorData(String name, String idNumber, String phone, String regionCode, WorkplaceType workplaceType,
                              String enterpriseUscc, String postName, boolean fullTime, boolean instructor,
                              SkillLevel skillLevel, String certificateNo, LocalDate certificateDate,
                              String certificateBody, LocalDate appointedOn) {

    /** The same, trimmed and upper-cased where it matters (what validation and storage see). */
    public CoordinatorData normalized() {
        return new CoordinatorData(trim(name), idNumber == null ? null : idNumber.replaceAll("\\s", "").toUpperCase(),
                phone == null ? null : trim(phone.replaceAll("\\s", "")), trim(regionCode), workplaceType,
                workplaceType == WorkplaceType.ENTERPRISE && enterpriseUscc != null ? trim(enterpriseUscc.toUpperCase()) : null,
                trim(postName),
                fullTime, instructor, skillLevel, trim(certificateNo), certificateDate, trim(certificateBody), appointedOn);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
