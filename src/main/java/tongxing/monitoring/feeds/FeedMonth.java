package tongxing.monitoring.feeds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a month the way people write it: 2026-10, 2026/10, 2026年10月, 202610, or a date in it. */
public final class FeedMonth {

    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:月)?(?:\\s*[-/.]?\\s*\\d{1,2}\\s*日?)?(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");
    /** The earliest and latest months a feed may name (facts older than the platform or in the future are typos). */
    static final YearMonth EARLIEST = YearMonth.of(2015, 1);

    private FeedMonth() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.trim();
        Matcher m = YM.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
            if (!m.matches()) return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return Optional.empty();
        return Optional.of(LocalDate.of(year, month, 1));
    }

    /** Why a month may not be loaded, or empty: before 2015 or after the current month. */
    public static Optional<String> problem(LocalDate month, LocalDate today) {
        YearMonth ym = YearMonth.from(month);
        if (ym.isBefore(EARLIEST)) return Optional.of(FeedTexts.FEEDS.get("feeds.row.monthTooEarly", ym.toString()));
        if (ym.isAfter(YearMonth.from(today))) return Optional.of(FeedTexts.FEEDS.get("feeds.row.monthInFuture", ym.toString()));
        return Optional.empty();
    }
}
