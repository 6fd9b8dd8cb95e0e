package tongxing.monitoring.detection;

import org.springframework.context.MessageSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;

/**
 * Why a signal was raised: the Chinese sentence detection stored, and the bundle key and figures
 * that say the same in the reader's language. Signals written before the key was stored have
 * only the sentence.
 */
public record SignalReason(String stored, String key, List<String> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    /** From the columns {@code reason}, {@code reason_key} and {@code reason_args} (JSON text) as read. */
    public static SignalReason of(String stored, String key, String argsJson) {
        return new SignalReason(stored, key, argsJson == null ? List.of() : JSON.readValue(argsJson, TEXTS));
    }

    /** The sentence in the given language; the stored one when no key was kept or the bundle lacks it. */
    public String in(MessageSource messages, Locale locale) {
        if (key == null) return stored;
        return messages.getMessage(key, args.toArray(), stored, locale);
    }

    /** The arguments as JSON text, for a record (a clue) that keeps the explanation of its signal. */
    public String argsJson() {
        return key == null ? null : JSON.writeValueAsString(args);
    }
}
