package tongxing.wage.service;

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

    Entry parse(LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (year == null) v.add(new Violation("year", "请选择调查年度"));
        String code = uscc == null ? "" : uscc.replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) v.add(new Violation("uscc", "请填写服务企业的统一社会信用代码"));
        else if (code.length() != 18) v.add(new Violation("uscc", "统一社会信用代码应为 18 位"));
        LocalDate date = null;
        if (servedOn == null || servedOn.isBlank()) v.add(new Violation("servedOn", "请填写服务日期"));
        else {
            try {
                date = LocalDate.parse(servedOn.strip());
                if (date.isAfter(today)) v.add(new Violation("servedOn", "服务日期不能晚于今天"));
                else if (year != null && date.getYear() < year)
                    v.add(new Violation("servedOn", "服务日期不能早于调查年度 " + year + " 年"));
            } catch (DateTimeParseException e) {
                v.add(new Violation("servedOn", "服务日期格式应为 2026-11-24"));
            }
        }
        ServiceKind k = ServiceKind.parse(kind);
        if (k == null) v.add(new Violation("kind", "请选择服务方式"));
        String who = staff == null ? "" : staff.strip();
        if (who.isEmpty()) v.add(new Violation("staff", "请填写服务人员"));
        else if (who.length() > 100) v.add(new Violation("staff", "服务人员最多 100 字"));
        String what = content == null ? "" : content.strip();
        if (what.isEmpty()) v.add(new Violation("content", "请填写服务内容"));
        else if (what.length() > 2000) v.add(new Violation("content", "服务内容最多 2000 字"));
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
