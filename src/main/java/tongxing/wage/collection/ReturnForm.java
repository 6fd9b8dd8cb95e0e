package tongxing.wage.collection;

import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 企业基本情况 as typed in the form: text fields, parsed and checked by {@link #parse}. */
public class ReturnForm {

    private String industryCode;
    private String ownershipCode;
    private String sizeClass;
    private String regionCode;
    private String employees;
    private String totalPay;
    private int version;

    /** The checked form. */
    public record Report(Industry industry, String ownershipCode, SizeClass sizeClass, String regionCode, int employees,
                         BigDecimal totalPay) {
    }

    public static ReturnForm of(SurveyReturn r) {
        ReturnForm f = new ReturnForm();
        f.industryCode = r.industryCode();
        f.ownershipCode = r.ownershipCode();
        f.sizeClass = r.sizeClass();
        f.regionCode = r.regionCode();
        f.employees = r.employees() == null ? null : r.employees().toString();
        f.totalPay = r.totalPay() == null ? null : r.totalPay().toPlainString();
        f.version = r.version();
        return f;
    }

    /**
     * A form never saved yet starts from what the enterprise registry holds (industry, registration type,
     * size, employees), for the enterprise to check; the survey's own region and figures stay as they are.
     * Returns whether anything was filled in.
     */
    public boolean prefillFrom(tongxing.enterprise.Enterprise e) {
        if (!blank(industryCode) || !blank(ownershipCode) || !blank(sizeClass) || !blank(employees)) return false;
        industryCode = e.industryCode();
        ownershipCode = e.ownershipCode();
        sizeClass = e.sizeClass() == null || e.sizeClass() == SizeClass.UNCLASSIFIED ? null : e.sizeClass().name();
        employees = e.employees() == null ? null : e.employees().toString();
        return !blank(industryCode) || !blank(ownershipCode) || !blank(sizeClass) || !blank(employees);
    }

    public Report parse(Texts texts, Industries industries, OwnershipTypes ownerships, Regions regions) {
        List<Violation> v = new ArrayList<>();
        Industry industry = null;
        if (blank(industryCode)) v.add(new Violation("industryCode", texts.get("wage.return.error.industryMissing")));
        else industry = industries.findAssignable(industryCode.strip()).orElse(null);
        if (!blank(industryCode) && industry == null)
            v.add(new Violation("industryCode", texts.get("wage.return.error.industryUnknown", industryCode.strip())));
        if (blank(ownershipCode) || ownerships.find(ownershipCode.strip()).isEmpty())
            v.add(new Violation("ownershipCode", texts.get("wage.return.error.ownership")));
        SizeClass size = null;
        try {
            size = blank(sizeClass) ? null : SizeClass.valueOf(sizeClass.strip());
        } catch (IllegalArgumentException e) {
            size = null;
        }
        if (size == null) v.add(new Violation("sizeClass", texts.get("wage.return.error.size")));
        if (blank(regionCode) || !regions.isCity(regionCode.strip())) v.add(new Violation("regionCode", texts.get("wage.return.error.region")));
        Integer emp = null;
        try {
            emp = blank(employees) ? null : Integer.valueOf(employees.strip());
        } catch (NumberFormatException e) {
            emp = null;
        }
        if (emp == null || emp < 1 || emp > 1_000_000) v.add(new Violation("employees", texts.get("wage.return.error.employees")));
        BigDecimal pay = null;
        try {
            pay = blank(totalPay) ? null : new BigDecimal(totalPay.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            pay = null;
        }
        if (pay == null || pay.signum() < 0 || pay.stripTrailingZeros().scale() > 2 || pay.compareTo(new BigDecimal("99999999999999")) > 0)
            v.add(new Violation("totalPay", texts.get("wage.return.error.totalPay")));
        if (!v.isEmpty()) throw new ValidationException(v);
        return new Report(industry, ownershipCode.strip(), size, regionCode.strip(), emp, pay.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String v) { industryCode = v; }
    public String getOwnershipCode() { return ownershipCode; }
    public void setOwnershipCode(String v) { ownershipCode = v; }
    public String getSizeClass() { return sizeClass; }
    public void setSizeClass(String v) { sizeClass = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getEmployees() { return employees; }
    public void setEmployees(String v) { employees = v; }
    public String getTotalPay() { return totalPay; }
    public void setTotalPay(String v) { totalPay = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
