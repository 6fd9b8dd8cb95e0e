package tongxing.monitoring.feeds;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five monthly feeds of program 6, each stored in its own table partitioned by month, one
 * row per employing unit and month. The measures are whole numbers of people, cases or months.
 */
public enum Feed {
    /** 社保参保: insured employees, months of contribution arrears. */
    SOCIAL_INSURANCE("monitoring_headcount", "社保参保人数",
            new Measure("insured", "insured", "参保人数", "120", "月末在职参保职工人数"),
            new Measure("arrears_months", "arrearsMonths", "欠缴月数", "0", "截至月末连续欠缴社会保险费的月数，无欠缴填 0")),
    /** 就业备案: hires and separations filed in the month. */
    EMPLOYMENT_FILING("monitoring_employment_filing", "就业备案",
            new Measure("hires", "hires", "招用备案人数", "8", "当月办理就业登记（招用）备案的人数"),
            new Measure("separations", "separations", "解除终止备案人数", "3", "当月办理解除、终止劳动关系备案的人数")),
    /** 失业登记: registrations naming the enterprise as last employer (a count, no person data). */
    UNEMPLOYMENT("monitoring_unemployment", "失业登记",
            new Measure("registrations", "registrations", "失业登记人数", "2", "当月办理失业登记、最后就业单位为该企业的人数")),
    /** 劳动争议: cases, workers involved, collective cases (10 or more workers). */
    DISPUTE("monitoring_dispute", "劳动争议",
            new Measure("cases", "cases", "争议案件数", "1", "当月受理的以该企业为被申请人的劳动争议案件数"),
            new Measure("workers", "workers", "涉及人数", "12", "上述案件涉及的劳动者人数"),
            new Measure("collective_cases", "collectiveCases", "集体争议案件数", "1", "其中劳动者一方在 10 人以上的案件数，不得大于案件数")),
    /** 投诉举报: wage-arrears complaints and other complaints. */
    COMPLAINT("monitoring_complaint", "投诉举报",
            new Measure("wage_arrears", "wageArrears", "欠薪投诉件数", "1", "当月受理的拖欠工资投诉举报件数"),
            new Measure("other", "other", "其他投诉件数", "0", "当月受理的其他劳动保障投诉举报件数"));

    /**
     * One number of a feed row.
     *
     * @param column the fact table's column
     * @param json   the API's field name
     * @param header the file's column header
     */
    public record Measure(String column, String json, String header, String example, String note) {
    }

    private final String table;
    private final String title;
    private final List<Measure> measures;

    Feed(String table, String title, Measure... measures) {
        this.table = table;
        this.title = title;
        this.measures = List.of(measures);
    }

    public String table() {
        return table;
    }

    /** The feed's name as users read it. */
    public String title() {
        return title;
    }

    public List<Measure> measures() {
        return measures;
    }

    /** The URL form: {@code social-insurance}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The import kind of the platform framework: {@code monitoring-social-insurance}. */
    public String importKind() {
        return "monitoring-" + slug();
    }

    /** By URL form or by name, any case: {@code social-insurance}, {@code SOCIAL_INSURANCE}. */
    public static Optional<Feed> parse(String text) {
        if (text == null) return Optional.empty();
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }
}
