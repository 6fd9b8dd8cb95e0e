package tongxing.coordinator.registry.web;

import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorData;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The create/edit form as typed: strings, so that what does not parse comes back as typed, next to the reason. */
public class CoordinatorForm {

    static final List<String> FIELDS = List.of("name", "idNumber", "phone", "regionCode", "workplaceType", "enterpriseUscc",
            "postName", "fullTime", "instructor", "skillLevel", "certificateNo", "certificateDate", "certificateBody",
            "appointedOn");

    private String name;
    private String idNumber;
    private String phone;
    private String regionCode;
    private String workplaceType;
    private String enterpriseUscc;
    private String postName;
    private String fullTime = "true";
    private boolean instructor;
    private String skillLevel;
    private String certificateNo;
    private String certificateDate;
    private String certificateBody;
    private String appointedOn = LocalDate.now().toString();
    private String version;

    record Parsed(CoordinatorData data, List<Violation> problems) {
    }

    static CoordinatorForm from(Coordinator c) {
        CoordinatorForm f = new CoordinatorForm();
        f.name = c.name();
        f.idNumber = c.idNumber();
        f.phone = c.phone();
        f.regionCode = c.regionCode();
        f.workplaceType = c.workplaceType().name();
        f.enterpriseUscc = c.enterpriseUscc();
        f.postName = c.postName();
        f.fullTime = Boolean.toString(c.fullTime());
        f.instructor = c.instructor();
        f.skillLevel = c.skillLevel() == null ? null : c.skillLevel().name();
        f.certificateNo = c.certificateNo();
        f.certificateDate = c.certificateDate() == null ? null : c.certificateDate().toString();
        f.certificateBody = c.certificateBody();
        f.appointedOn = c.appointedOn().toString();
        f.version = Integer.toString(c.version());
        return f;
    }

    Parsed parse(Texts texts) {
        List<Violation> problems = new ArrayList<>();
        WorkplaceType type = null;
        if (blank(workplaceType) != null) {
            try {
                type = WorkplaceType.valueOf(workplaceType.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation("workplaceType", texts.get("coordinator.error.workplaceInvalid")));
            }
        }
        SkillLevel level = null;
        if (blank(skillLevel) != null) {
            try {
                level = SkillLevel.valueOf(skillLevel.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation("skillLevel", texts.get("coordinator.error.levelInvalid")));
            }
        }
        LocalDate certDate = date(texts, certificateDate, "certificateDate", problems);
        LocalDate appointed = date(texts, appointedOn, "appointedOn", problems);
        CoordinatorData data = new CoordinatorData(name, idNumber, phone, regionCode, type, enterpriseUscc, postName,
                !"false".equals(fullTime), instructor, level, certificateNo, certDate, certificateBody, appointed);
        return new Parsed(data, problems);
    }

    int expectedVersion() {
        try {
            return Integer.parseInt(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static LocalDate date(Texts texts, String raw, String field, List<Violation> problems) {
        if (blank(raw) == null) return null;
        try {
            return LocalDate.parse(raw.trim().replace('/', '-'));
        } catch (DateTimeParseException e) {
            problems.add(new Violation(field, texts.get("coordinator.error.dateFormat", texts.get("coordinator.field." + field))));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getWorkplaceType() { return workplaceType; }
    public void setWorkplaceType(String workplaceType) { this.workplaceType = workplaceType; }
    public String getEnterpriseUscc() { return enterpriseUscc; }
    public void setEnterpriseUscc(String enterpriseUscc) { this.enterpriseUscc = enterpriseUscc; }
    public String getPostName() { return postName; }
    public void setPostName(String postName) { this.postName = postName; }
    public String getFullTime() { return fullTime; }
    public void setFullTime(String fullTime) { this.fullTime = fullTime; }
    public boolean isInstructor() { return instructor; }
    public void setInstructor(boolean instructor) { this.instructor = instructor; }
    public String getSkillLevel() { return skillLevel; }
    public void setSkillLevel(String skillLevel) { this.skillLevel = skillLevel; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
    public String getCertificateDate() { return certificateDate; }
    public void setCertificateDate(String certificateDate) { this.certificateDate = certificateDate; }
    public String getCertificateBody() { return certificateBody; }
    public void setCertificateBody(String certificateBody) { this.certificateBody = certificateBody; }
    public String getAppointedOn() { return appointedOn; }
    public void setAppointedOn(String appointedOn) { this.appointedOn = appointedOn; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
