package tongxing.wage.service;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 登记个性化服务 as typed: text fields, checked by {@link #parse}. */
public class ServiceForm {

    private Integer year;
    private String uscc;
    private String servedOn;
    private String kind;
    private String staff;
    private String content;

    /** The checked form. */
    public record Entry(int year, String uscc, LocalDate servedOn, ServiceKind kind, String staff, String content) {
    }

    Entry parse(Texts texts, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (year == null) v.add(new Violation("year", texts.get("wage.service.error.year")));
        String code = uscc == null ? "" : uscc.replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) v.add(new Violation("uscc", texts.get("wage.service.error.usccMissing")));
        else if (code.length() != 18) v.add(new Violation("uscc", texts.get("wage.service.error.usccLength")));
        LocalDate date = null;
        if (servedOn == null || servedOn.isBlank()) v.add(new Violation("servedOn", texts.get("wage.service.error.dateMissing")));
        else {
            try {
                date = LocalDate.parse(servedOn.strip());
                if (date.isAfter(today)) v.add(new Violation("servedOn", texts.get("wage.service.error.dateFuture")));
                else if (year != null && date.getYear() < year)
                    v.add(new Violation("servedOn", texts.get("wage.service.error.dateBeforeYear", year)));
            } catch (DateTimeParseException e) {
                v.add(new Violation("servedOn", texts.get("wage.service.error.dateFormat")));
            }
        }
        ServiceKind k = ServiceKind.parse(kind);
        if (k == null) v.add(new Violation("kind", texts.get("wage.service.error.kind")));
        String who = staff == null ? "" : staff.strip();
        if (who.isEmpty()) v.add(new Violation("staff", texts.get("wage.service.error.staffMissing")));
        else if (who.length() > 100) v.add(new Violation("staff", texts.get("wage.service.error.staffTooLong")));
        String what = content == null ? "" : content.strip();
        if (what.isEmpty()) v.add(new Violation("content", texts.get("wage.service.error.contentMissing")));
        else if (what.length() > 2000) v.add(new Violation("content", texts.get("wage.service.error.contentTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        return new Entry(year, code, date, k, who, what);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public String getUscc() { return uscc; }
    public void setUscc(String v) { uscc = v; }
    public String getServedOn() { return servedOn; }
    public void setServedOn(String v) { servedOn = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getStaff() { return staff; }
    public void setStaff(String v) { staff = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
}
