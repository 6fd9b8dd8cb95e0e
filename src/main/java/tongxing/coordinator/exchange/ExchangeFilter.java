package tongxing.coordinator.exchange;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session list's search form. Unknown values are ignored rather than failing the page.
 *
 * @param q      words of the title or topic
 * @param region the organizer's region code ({@code 460000} for province sessions)
 * @param year   the year the session was held
 * @param mode   {@link SessionMode} name
 */
public record ExchangeFilter(String q, String region, String year, String mode) {

    public static ExchangeFilter none() {
        return new ExchangeFilter(null, null, null, null);
    }

    String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    String regionCode() {
        return region == null || !region.strip().matches("\\d{6,12}") ? null : region.strip();
    }

    Integer yearValue() {
        return year == null || !year.strip().matches("(19|20)\\d{2}") ? null : Integer.valueOf(year.strip());
    }

    SessionMode modeValue() {
        try {
            return mode == null || mode.isBlank() ? null : SessionMode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Map<String, String> asParams() {
        Map<String, String> m = new LinkedHashMap<>();
        if (text() != null) m.put("q", text());
        if (regionCode() != null) m.put("region", regionCode());
        if (yearValue() != null) m.put("year", yearValue().toString());
        if (modeValue() != null) m.put("mode", modeValue().name());
        return m;
    }

    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        asParams().forEach(b::queryParam);
        String s = b.encode().build().getQuery();
        return s == null ? "" : s;
    }
}
