package tongxing.monitoring.feeds;

import tongxing.platform.api.ApiRequestRejected;
import tongxing.platform.identity.Uscc;
import tongxing.platform.validation.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a feed's CSV body (UTF-8, comma-separated, one enterprise per line, fields may be
 * quoted). The first line names the columns: {@code uscc} and the feed's measures by their API
 * names ({@code insured,arrearsMonths}) or by the file template's headers (统一社会信用代码, 参保人数,
 * 欠缴月数), in any order; other columns (企业名称, name) are ignored. Line numbers count the header
 * as line 1, blank lines included.
 */
final class FeedCsvLines {

    private final BufferedReader in;
    private final Feed feed;
    private final int usccColumn;
    private final int[] measureColumns;
    private final List<String> fields = new ArrayList<>();
    private int number = 1;
    private String uscc;

    FeedCsvLines(InputStream body, Feed feed) throws IOException {
        this.in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        this.feed = feed;
        String header = in.readLine();
        if (header != null && header.startsWith("\uFEFF")) header = header.substring(1);
        if (header == null || header.isBlank()) throw ApiRequestRejected.malformed("feeds.api.csv.empty", expectedHeader(feed));
        split(header);
        List<String> names = fields.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        usccColumn = column(names, "uscc", FeedImport.USCC, feed);
        measureColumns = new int[feed.measures().size()];
        for (int i = 0; i < measureColumns.length; i++) {
            Feed.Measure m = feed.measures().get(i);
            measureColumns[i] = column(names, m.json(), m.header(), feed);
        }
    }

    private static int column(List<String> names, String json, String header, Feed feed) {
        int at = names.indexOf(json.toLowerCase(Locale.ROOT));
        if (at < 0) at = names.indexOf(header);
        if (at < 0) throw ApiRequestRejected.malformed("feeds.api.csv.missingColumn", json, header, expectedHeader(feed));
        return at;
    }

    static String expectedHeader(Feed feed) {
        StringBuilder b = new StringBuilder("uscc");
        feed.measures().forEach(m -> b.append(',').append(m.json()));
        return b.toString();
    }

    /** Moves to the next non-blank line; false at the end of the body. */
    boolean next() throws IOException {
        String line;
        do {
            line = in.readLine();
            number++;
            if (line == null) return false;
        } while (line.isBlank());
        split(line);
        uscc = null;
        return true;
    }

    /** The current line's number (the header is line 1). */
    int number() {
        return number;
    }

    /** The current line's USCC, upper-cased and trimmed (null when the field is missing). */
    String uscc() {
        if (uscc == null) {
            String u = field(usccColumn);
            uscc = u == null ? null : Uscc.normalize(u);
        }
        return uscc;
    }

    /** Reads the measures into {@code values}; the problems of the line, named by API field, empty when it is good. */
    List<Violation> read(int[] values) {
        List<Violation> v = new ArrayList<>(0);
        String uscc = uscc();
        if (uscc == null || uscc.isEmpty()) v.add(new Violation("uscc", FeedTexts.FEEDS.get("feeds.row.usccRequired")));
        else if (!FeedMonthRows.UsccKey.valid(uscc)) Uscc.problem(uscc).ifPresent(p -> v.add(new Violation("uscc", p)));
        for (int i = 0; i < values.length; i++) {
            Feed.Measure m = feed.measures().get(i);
            String text = field(measureColumns[i]);
            values[i] = 0;
            if (text == null || text.isBlank()) {
                v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.measureRequired", m.header())));
                continue;
            }
            int n = parseInt(text.trim());
            if (n == NOT_INTEGER) v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.notIntegerFound", m.header(), text.trim())));
            else if (n < 0) v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.negative", m.header())));
            else values[i] = n;
        }
        if (v.isEmpty()) FeedRules.check(feed, values).ifPresent(p -> v.add(new Violation(
                feed.measures().stream().filter(m -> m.header().equals(p.field())).findFirst().map(Feed.Measure::json).orElse(p.field()),
                p.reason())));
        return v;
    }

    private static final int NOT_INTEGER = Integer.MIN_VALUE;

    /** A whole number of up to nine digits with an optional minus sign, else {@link #NOT_INTEGER}. */
    private static int parseInt(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 9) return NOT_INTEGER;
        int n = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return NOT_INTEGER;
            n = n * 10 + (c - '0');
        }
        return start == 1 ? -n : n;
    }

    private String field(int column) {
        return column < fields.size() ? fields.get(column) : null;
    }

    /** RFC 4180 fields of one line: commas separate, double quotes enclose, "" inside quotes is a quote. */
    private void split(String line) {
        fields.clear();
        if (line.indexOf('"') < 0) {
            int from = 0, comma;
            while ((comma = line.indexOf(',', from)) >= 0) {
                fields.add(line.substring(from, comma));
                from = comma + 1;
            }
            fields.add(line.substring(from));
            return;
        }
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else f.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else f.append(c);
        }
        fields.add(f.toString());
    }
}
