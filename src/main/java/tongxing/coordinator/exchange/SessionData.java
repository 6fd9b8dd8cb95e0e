package tongxing.coordinator.exchange;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the session form saves; {@link #violations(Texts)} lists every rule it breaks, by form field. */
public record SessionData(String title, LocalDate heldOn, SessionMode mode, String place, String regionCode, String topic,
                          String description) {

    public SessionData normalized() {
        return new SessionData(trim(title), heldOn, mode, trim(place), trim(regionCode), trim(topic), trim(description));
    }

    List<Violation> violations(Texts texts) {
        List<Violation> v = new ArrayList<>();
        text(texts, v, "title", title, 200, "exchange.field.title");
        if (heldOn == null) v.add(new Violation("heldOn", texts.get("exchange.error.heldOnRequired")));
        else if (heldOn.getYear() < 2000 || heldOn.getYear() > 2100) v.add(new Violation("heldOn", texts.get("exchange.error.heldOnRange")));
        if (mode == null) v.add(new Violation("mode", texts.get("exchange.error.mode")));
        text(texts, v, "place", place, 200, mode == SessionMode.ONLINE ? "exchange.label.onlinePlace" : "exchange.label.place");
        if (regionCode == null) v.add(new Violation("regionCode", texts.get("exchange.error.regionRequired")));
        text(texts, v, "topic", topic, 100, "exchange.field.topic");
        if (description != null && description.length() > 4000)
            v.add(new Violation("description", texts.get("exchange.error.descriptionTooLong", 4000)));
        return v;
    }

    private static void text(Texts texts, List<Violation> v, String field, String value, int max, String labelKey) {
        if (value == null) v.add(new Violation(field, texts.get("exchange.error.required", texts.get(labelKey))));
        else if (value.length() > max) v.add(new Violation(field, texts.get("exchange.error.tooLong", texts.get(labelKey), max)));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
