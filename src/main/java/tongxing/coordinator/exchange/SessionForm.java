package tongxing.coordinator.exchange;

import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.Violation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The session form as typed: parsed into {@link SessionData}, with every field that does not parse named. */
public record SessionForm(String title, String heldOn, String mode, String place, String regionCode, String topic,
                          String description, Integer version) {

    static SessionForm empty(String regionCode) {
        return new SessionForm(null, null, SessionMode.ONSITE.name(), null, regionCode, null, null, null);
    }

    static SessionForm of(ExchangeSession s) {
        return new SessionForm(s.title(), s.heldOn().toString(), s.mode().name(), s.place(), s.regionCode(), s.topic(),
                s.description(), s.version());
    }

    record Parsed(SessionData data, List<Violation> problems) {
    }

    Parsed parse(Texts texts) {
        List<Violation> problems = new ArrayList<>();
        LocalDate date = null;
        if (heldOn != null && !heldOn.isBlank()) {
            try {
                date = LocalDate.parse(heldOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Violation("heldOn", texts.get("exchange.error.heldOnFormat")));
            }
        }
        SessionMode m = null;
        if (mode != null && !mode.isBlank()) {
            try {
                m = SessionMode.valueOf(mode.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation("mode", texts.get("exchange.error.mode")));
            }
        }
        return new Parsed(new SessionData(title, date, m, place, regionCode, topic, description), problems);
    }
}
