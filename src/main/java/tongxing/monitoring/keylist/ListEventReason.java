package tongxing.monitoring.keylist;

import org.springframework.context.MessageSource;
import tongxing.platform.i18n.RecordedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why an enterprise entered or left the key list: the Chinese text as written, and for entries
 * and exits made by detection the bundle key, the month and each signal's explanation, to say it
 * in the reader's language. Entries and exits made by hand carry the reason their user typed.
 */
public record ListEventReason(String stored, String key, String month, List<RecordedText> signals) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** From the columns {@code reason}, {@code reason_key} and {@code reason_args} (JSON text) as read. */
    static ListEventReason of(String stored, String key, String argsJson) {
        if (key == null || argsJson == null) return new ListEventReason(stored, null, null, List.of());
        JsonNode args = JSON.readTree(argsJson);
        List<RecordedText> signals = new ArrayList<>();
        for (JsonNode s : args.path("signals")) {
            List<String> figures = new ArrayList<>();
            for (JsonNode f : s.path("args")) figures.add(f.asString());
            String signalKey = s.path("key").isString() ? s.path("key").asString() : null;
            signals.add(new RecordedText(null, signalKey, figures));
        }
        return new ListEventReason(stored, key, args.path("month").asString(), signals);
    }

    /** The text in the given language; as stored when there is no key or a signal's explanation has none. */
    public String in(MessageSource messages, Locale locale) {
        if (key == null || signals.stream().anyMatch(s -> s.key() == null)) return stored;
        List<String> explained = new ArrayList<>();
        for (RecordedText s : signals) {
            String text = s.in(messages, locale);
            if (text == null) return stored;
            explained.add(text);
        }
        String separator = messages.getMessage("feeds.event.reason.separator", null, "；", locale);
        return messages.getMessage(key, new Object[]{month, String.join(separator, explained)}, stored, locale);
    }
}
