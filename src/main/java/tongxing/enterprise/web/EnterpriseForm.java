package tongxing.enterprise.web;

import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The create/edit form as typed: every field a string, so that a value that does not parse
 * ("二十", "2018/13/40") comes back to the user as typed, next to the reason.
 */
public class EnterpriseForm {

    /** The fields of this form; a violation of any other field is shown at the top. */
    static final List<String> FIELDS = List.of("uscc", "name", "regionCode", "industryCode", "ownershipCode",
            "employees", "revenue", "assets", "legalRepresentative", "contactPerson", "contactPhone", "address",
            "establishedOn", "status", "tags");

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private String uscc;
    private String name;
    private String regionCode;
    private String industryCode;
    private String ownershipCode;
    private String employees;
    private String revenue;
    private String assets;
    private String legalRepresentative;
    private String contactPerson;
    private String contactPhone;
    private String address;
    private String establishedOn;
    private String status = "ACTIVE";
    private String tags;
    private String version;

    /** The data as far as it parses, and what did not. */
    record Parsed(EnterpriseData data, List<Violation> problems) {
    }

    static EnterpriseForm from(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        f.uscc = e.uscc();
        f.name = e.name();
        f.regionCode = e.regionCode();
        f.industryCode = e.industryCode();
        f.ownershipCode = e.ownershipCode();
        f.employees = e.employees() == null ? null : e.employees().toString();
        f.revenue = e.revenue() == null ? null : e.revenue().stripTrailingZeros().toPlainString();
        f.assets = e.assets() == null ? null : e.assets().stripTrailingZeros().toPlainString();
        f.legalRepresentative = e.legalRepresentative();
        f.contactPerson = e.contactPerson();
        f.contactPhone = e.contactPhone();
        f.address = e.address();
        f.establishedOn = e.establishedOn() == null ? null : e.establishedOn().toString();
        f.status = e.status();
        f.tags = String.join("，", e.tags());
        f.version = Integer.toString(e.version());
        return f;
    }

    Parsed parse(Texts texts) {
        List<Violation> problems = new ArrayList<>();
        Integer emp = null;
        if (blank(employees) != null) {
            try {
                emp = Integer.valueOf(numeral(employees));
            } catch (NumberFormatException e) {
                problems.add(new Violation("employees", texts.get("enterprise.error.employeesNotInteger")));
            }
        }
        BigDecimal rev = decimal(revenue, "revenue", problems, texts);
        BigDecimal ast = decimal(assets, "assets", problems, texts);
        LocalDate established = null;
        if (blank(establishedOn) != null) {
            established = date(establishedOn.trim());
            if (established == null) problems.add(new Violation("establishedOn", texts.get("enterprise.error.establishedOnNotDate")));
        }
        List<String> tagList = blank(tags) == null ? List.of() : Arrays.asList(tags.split("[,，、;；]"));
        EnterpriseData data = new EnterpriseData(Uscc.normalize(trim(uscc)), trim(name), trim(regionCode),
                trim(industryCode), trim(ownershipCode), emp, rev, ast, trim(legalRepresentative), trim(contactPerson),
                trim(contactPhone), trim(address), established, trim(status), tagList);
        return new Parsed(data, problems);
    }

    /** The version the user started from; anything unreadable counts as stale. */
    int expectedVersion() {
        try {
            return Integer.parseInt(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BigDecimal decimal(String raw, String field, List<Violation> problems, Texts texts) {
        if (blank(raw) == null) return null;
        try {
            return new BigDecimal(numeral(raw));
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, texts.get("enterprise.error." + field + "NotNumber")));
            return null;
        }
    }

    /** People paste "1,200" and full-width digits from documents. */
    private static String numeral(String raw) {
        StringBuilder sb = new StringBuilder();
        for (char c : raw.trim().toCharArray()) {
            if (c >= '０' && c <= '９') sb.append((char) ('0' + (c - '０')));
            else if (c == '．') sb.append('.');
            else if (c != ',' && c != '，' && c != ' ') sb.append(c);
        }
        return sb.toString();
    }

    private static LocalDate date(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(raw, SLASHED);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public String getOwnershipCode() { return ownershipCode; }
    public void setOwnershipCode(String ownershipCode) { this.ownershipCode = ownershipCode; }
    public String getEmployees() { return employees; }
    public void setEmployees(String employees) { this.employees = employees; }
    public String getRevenue() { return revenue; }
    public void setRevenue(String revenue) { this.revenue = revenue; }
    public String getAssets() { return assets; }
    public void setAssets(String assets) { this.assets = assets; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(String establishedOn) { this.establishedOn = establishedOn; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
