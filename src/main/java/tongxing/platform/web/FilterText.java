package tongxing.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** What every list filter does with what a user typed: trim it, bound it, and carry it on in links. */
public final class FilterText {

    private FilterText() {
    }

    /** The value stripped and cut to {@code max} characters, or null when nothing was typed. */
    public static String clean(String s, int max) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    /** {@code key=value&...} of the given parameters, values URL-encoded, in the map's order. */
    public static String queryString(Map<String, ?> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
