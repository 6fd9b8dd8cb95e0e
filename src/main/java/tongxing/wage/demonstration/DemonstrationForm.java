package tongxing.wage.demonstration;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 示范企业 as typed: year, kind, enterprise (USCC), title and practice write-up; checked by {@link #parse}. */
public class DemonstrationForm {

    private Integer year;
    private String kind;
    private String uscc;
    private String title;
    private String practice;
    private int version;

    /** The checked form. */
    record Entry(int year, DemonstrationKind kind, String uscc, String title, String practice) {
    }

    static DemonstrationForm of(Demonstration d) {
        DemonstrationForm f = new DemonstrationForm();
        f.year = d.year();
        f.kind = d.kind().name();
        f.uscc = d.uscc();
        f.title = d.title();
        f.practice = d.practice();
        f.version = d.version();
        return f;
    }

    Entry parse(Texts texts) {
        List<Violation> v = new ArrayList<>();
        if (year == null || year < 2020 || year > 2100) v.add(new Violation("year", texts.get("wage.demo.error.year")));
        DemonstrationKind k = DemonstrationKind.parse(kind);
        if (k == null) v.add(new Violation("kind", texts.get("wage.demo.error.kind")));
        String code = uscc == null ? "" : uscc.replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) v.add(new Violation("uscc", texts.get("wage.demo.error.usccMissing")));
        else if (code.length() != 18) v.add(new Violation("uscc", texts.get("wage.demo.error.usccLength")));
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) v.add(new Violation("title", texts.get("wage.demo.error.titleMissing")));
        else if (t.length() > 200) v.add(new Violation("title", texts.get("wage.demo.error.titleTooLong")));
        String p = practice == null ? "" : practice.strip();
        if (p.isEmpty()) v.add(new Violation("practice", texts.get("wage.demo.error.practiceMissing")));
        else if (p.length() > 20_000) v.add(new Violation("practice", texts.get("wage.demo.error.practiceTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        return new Entry(year, k, code, t, p);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getUscc() { return uscc; }
    public void setUscc(String v) { uscc = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getPractice() { return practice; }
    public void setPractice(String v) { practice = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
