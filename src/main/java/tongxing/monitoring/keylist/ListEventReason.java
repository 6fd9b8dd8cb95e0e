package tongxing.monitoring.keylist;

import org.springframework.context.MessageSource;
import tongxing.platform.i18n.RecordedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why an enterprise entered or left the key list: the Chinese text as written, with the bundle key
 * and what it was made of, to say it in the reader's language. Detection's entries and exits keep
 * the month and each signal's explanation ({@code {"month": .., "signals": [..]}}); a change by hand
 * keeps the reason its user typed ({@code {"typed": ..}}), which stays as typed.
 */
public record ListEventReason(String stored, String key, String month, List<RecordedText> signals, String typed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** From the columns {@code reason}, {@code reason_key} and {@code reason_args} (JSON text) as read. */
    static ListEventReason of(String stored, String key, String argsJson) {
        if (key == null || argsJson == null) return new ListEventReason(stored, null, null, List.of(), null);
        JsonNode args = JSON.readTree(argsJson);
        List<RecordedText> signals = new ArrayList<>();
        for (JsonNode s : args.path("signals")) {
            List<String> figures = new ArrayList<>();
            for (JsonNode f : s.path("args")) figures.add(f.asString());
            String signalKey = s.path("key").isString() ? s.path("key").asString() : null;
            signals.add(new RecordedText(null, signalKey, figures));
        }
        String month = args.path("month").isString() ? args.path("month").asString() : null;
        String typed = args.path("typed").isString() ? args.path("typed").asString() : null;
        return new ListEventReason(stored, key, month, signals, typed);
    }

    /** The arguments of a change by hand, as {@code reason_args} keeps them. */
    static String typedArgs(String typed) {
        return JSON.writeValueAsString(Map.of("typed", typed));
    }

    /** The text in the given language; as stored when there is no key or a signal's explanation has none. */
    public String in(MessageSource messages, Locale locale) {
        if (key == null || signals.stream().anyMatch(s -> s.key() == null)) return stored;
        if (typed != null) return messages.getMessage(key, new Object[]{typed}, stored, locale);
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
