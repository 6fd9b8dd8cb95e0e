package tongxing.monitoring.feeds;

import tongxing.platform.api.ApiRequestRejected;
import tongxing.platform.identity.Uscc;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    private final InputStream in;
    private final Feed feed;
    private final int usccColumn;
    private final int[] measureColumns;
    /** The body as it is read: the current line is {@code buf[lineStart, lineEnd)}, unread bytes follow up to {@code limit}. */
    private byte[] buf = new byte[1 << 16];
    private int lineStart, lineEnd, next, limit;
    private boolean eof;
    /**
     * A plain line (ASCII, no quotes: nearly every line of a feed) is split into byte offsets and read without
     * a String per field; any other line is decoded and split into {@link #fields}.
     */
    private boolean plain;
    private int fieldCount;
    private int[] fieldStart = new int[16], fieldEnd = new int[16];
    private final List<String> fields = new ArrayList<>();
    private int number = 1;
    private String uscc;

    FeedCsvLines(InputStream body, Feed feed) throws IOException {
        this.in = body;
        this.feed = feed;
        String header = nextLine() ? new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8) : null;
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
        while (true) {
            if (!nextLine()) {
                number++;
                return false;
            }
            number++;
            uscc = null;
            if (splitPlain()) {
                if (blank(lineStart, lineEnd)) continue;
                return true;
            }
            String line = new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
            if (line.isBlank()) continue;
            split(line);
            return true;
        }
    }

    /**
     * Finds the next line in the body (ended by LF, CRLF or a lone CR, or by the end of the body), reading
     * more of it as needed; false when nothing is left.
     */
    private boolean nextLine() throws IOException {
        int i = next;
        while (true) {
            while (i < limit) {
                byte b = buf[i];
                if (b == '\n' || b == '\r') {
                    if (b == '\r' && i + 1 == limit && !eof) break; // is a LF next? read on first
                    lineStart = next;
                    lineEnd = i;
                    next = b == '\r' && i + 1 < limit && buf[i + 1] == '\n' ? i + 2 : i + 1;
                    return true;
                }
                i++;
            }
            if (eof) {
                if (next == limit) return false;
                lineStart = next;
                lineEnd = limit;
                next = limit;
                return true;
            }
            int kept = limit - next;
            if (next > 0) {
                System.arraycopy(buf, next, buf, 0, kept);
                i -= next;
                next = 0;
                limit = kept;
            }
            if (limit == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true;
            else limit += n;
        }
    }

    /** Splits the current line at commas into byte offsets if it is plain ASCII without quotes; false otherwise. */
    private boolean splitPlain() {
        fieldCount = 0;
        int from = lineStart;
        for (int i = lineStart; i < lineEnd; i++) {
            byte b = buf[i];
            if (b < 0 || b == '"') return plain = false;
            if (b == ',') {
                addField(from, i);
                from = i + 1;
            }
        }
        addField(from, lineEnd);
        return plain = true;
    }

    private void addField(int from, int to) {
        if (fieldCount == fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, fieldCount * 2);
            fieldEnd = Arrays.copyOf(fieldEnd, fieldCount * 2);
        }
        fieldStart[fieldCount] = from;
        fieldEnd[fieldCount++] = to;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) if (buf[i] > ' ') return false;
        return true;
    }

    /** The current line's number (the header is line 1). */
    int number() {
        return number;
    }

    /** The current line's USCC, upper-cased and trimmed (null when the field is missing). */
    String uscc() {
        if (uscc == null) {
            if (plain) uscc = plainUscc();
            else {
                String u = field(usccColumn);
                uscc = u == null ? null : Uscc.normalize(u);
            }
        }
        return uscc;
    }

    /** {@link Uscc#normalize} on the bytes of a plain line: trimmed and upper-cased, one String. */
    private String plainUscc() {
        if (usccColumn >= fieldCount) return null;
        int from = fieldStart[usccColumn], to = fieldEnd[usccColumn];
        while (from < to && buf[from] <= ' ') from++;
        while (to > from && buf[to - 1] <= ' ') to--;
        byte[] code = new byte[to - from];
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            code[i - from] = b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
        }
        return new String(code, StandardCharsets.ISO_8859_1);
    }

    /** Reads the measures into {@code values}; the problems of the line, named by API field, empty when it is good. */
    List<Violation> read(int[] values) {
        List<Violation> v = new ArrayList<>(0);
        String uscc = uscc();
        if (uscc == null || uscc.isEmpty()) v.add(new Violation("uscc", FeedTexts.FEEDS.get("feeds.row.usccRequired")));
        else if (!FeedMonthRows.UsccKey.valid(uscc)) Uscc.problem(uscc).ifPresent(p -> v.add(new Violation("uscc", p)));
        for (int i = 0; i < values.length; i++) {
            Feed.Measure m = feed.measures().get(i);
            values[i] = 0;
            int n = plain ? plainInt(measureColumns[i]) : NOT_INTEGER;
            if (n >= 0) {
                values[i] = n;
                continue;
            }
            String text = field(measureColumns[i]);
            if (text == null || text.isBlank()) {
                v.add(new Violation(m.json(), FeedTexts.FEEDS.get("feeds.row.measureRequired", m.header())));
                continue;
            }
            n = parseInt(text.trim());
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

    /** A non-negative whole number of up to nine digits in a plain line's field (blanks around it allowed), else {@link #NOT_INTEGER}. */
    private int plainInt(int column) {
        if (column >= fieldCount) return NOT_INTEGER;
        int from = fieldStart[column], to = fieldEnd[column];
        while (from < to && buf[from] <= ' ') from++;
        while (to > from && buf[to - 1] <= ' ') to--;
        if (from == to || to - from > 9) return NOT_INTEGER;
        int n = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) return NOT_INTEGER;
            n = n * 10 + d;
        }
        return n;
    }

    private String field(int column) {
        if (plain) return column < fieldCount ? new String(buf, fieldStart[column], fieldEnd[column] - fieldStart[column], StandardCharsets.ISO_8859_1) : null;
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
