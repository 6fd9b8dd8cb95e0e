package tongxing.platform.imports;

import tongxing.platform.i18n.PlatformTexts;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of one row's text cells the way people fill Excel in (1,200 / 1200.0,
 * 2019/6/18 / 2019年6月18日 / an Excel day number), collecting a violation per unreadable cell
 * instead of stopping at the first. Reasons are in the current language, which is Chinese during an
 * import (like every row error, see {@code Imports}).
 */
public final class RowValues {

    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EXCEL_DAY = Pattern.compile("\\d{5,7}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30); // Excel's day 0 (after its 1900 leap-year bug)
    // Day numbers from 1927 on: a bare year such as "2019" must not pass as a day in 1905.
    private static final long EXCEL_DAY_MIN = 10_000, EXCEL_DAY_MAX = 2_958_465;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\n]");

    private final Map<String, String> row;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> rejected = new HashSet<>();

    public RowValues(Map<String, String> row) {
        this.row = row;
    }

    /** The trimmed text of a cell, null when blank or when the file lacks the column. */
    public String text(String column) {
        return row.get(column);
    }

    public Integer integer(String column) {
        BigDecimal n = number(column, "imports.row.notInteger");
        if (n == null) return null;
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            reject(column, PlatformTexts.get("imports.row.notInteger", column, text(column)));
            return null;
        }
    }

    public BigDecimal decimal(String column) {
        return number(column, "imports.row.notNumber");
    }

    private BigDecimal number(String column, String reasonKey) {
        String s = text(column);
        if (s == null) return null;
        try {
            return new BigDecimal(s.replace(",", "").replace("，", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            reject(column, PlatformTexts.get(reasonKey, column, s));
            return null;
        }
    }

    public LocalDate date(String column) {
        String s = text(column);
        if (s == null) return null;
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            m = COMPACT.matcher(s);
            if (m.matches()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (EXCEL_DAY.matcher(s).matches()) {
                long day = (long) Double.parseDouble(s);
                if (day >= EXCEL_DAY_MIN && day <= EXCEL_DAY_MAX) return EXCEL_EPOCH.plusDays(day);
            }
        } catch (DateTimeException e) {
            // falls through to the reason below
        }
        reject(column, PlatformTexts.get("imports.row.notDate", column, s));
        return null;
    }

    /** A list cell: items separated by 、 , ， ; ； or line breaks. */
    public List<String> list(String column) {
        String s = text(column);
        if (s == null) return List.of();
        return Arrays.stream(LIST_SEPARATOR.split(s)).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public void reject(String column, String reason) {
        violations.add(new Violation(column, reason));
        rejected.add(column);
    }

    /** Whether a cell was already found unreadable (so a later rule need not repeat it). */
    public boolean rejected(String column) {
        return rejected.contains(column);
    }

    public List<Violation> violations() {
        return violations;
    }
}
