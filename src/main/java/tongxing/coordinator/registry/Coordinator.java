package tongxing.coordinator.registry;

import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.platform.crypto.Masking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** A registered coordinator with the ID number and phone decrypted: show them through the masking methods. */
public record Coordinator(long id, String name, String idNumber, boolean male, LocalDate birthDate, String phone,
                          String regionCode, WorkplaceType workplaceType, String enterpriseUscc, String postName,
                          boolean fullTime, boolean instructor, SkillLevel skillLevel, String certificateNo,
                          LocalDate certificateDate, String certificateBody, LocalDate appointedOn, Long userId,
                          Instant updatedAt, int version) {

    public String maskedIdNumber() {
        return Masking.idNumber(idNumber);
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    public int age(LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    public CoordinatorData data() {
        return new CoordinatorData(name, idNumber, phone, regionCode, workplaceType, enterpriseUscc, postName, fullTime,
                instructor, skillLevel, certificateNo, certificateDate, certificateBody, appointedOn);
    }
}
