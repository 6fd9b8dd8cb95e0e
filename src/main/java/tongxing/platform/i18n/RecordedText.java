package tongxing.platform.i18n;

import org.springframework.context.MessageSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;

/**
 * A sentence the system wrote into a record in the working language (a signal's explanation, a
 * clue's assignment), with the bundle key and arguments that say the same in the reader's
 * language. Records written before their key was kept have only the sentence.
 */
public record RecordedText(String stored, String key, List<String> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    /** From the stored text, its key and its arguments as JSON text (e.g. the columns {@code reason}, {@code reason_key}, {@code reason_args}). */
    public static RecordedText of(String stored, String key, String argsJson) {
        return new RecordedText(stored, key, argsJson == null ? List.of() : JSON.readValue(argsJson, TEXTS));
    }

    /** The sentence in the given language; the stored one when no key was kept or the bundle lacks it. */
    public String in(MessageSource messages, Locale locale) {
        if (key == null) return stored;
        return messages.getMessage(key, args.toArray(), stored, locale);
    }

    /** The arguments as JSON text, for a record that keeps a copy (a clue keeps its signal's explanation). */
    public String argsJson() {
        return key == null ? null : JSON.writeValueAsString(args);
    }
}
