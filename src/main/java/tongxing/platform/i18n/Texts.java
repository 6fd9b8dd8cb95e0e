package tongxing.platform.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Words a user reads that are put together in Java (validation reasons, flash messages, labels):
 * a key of the message bundles resolved in the language of the request. Outside a request (the
 * scheduler, an import's worker threads) and for text that is stored and shared, the language is
 * Simplified Chinese, the platform's working language.
 */
@Component
public class Texts {

    public static final Locale WORKING_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} in the current language; a missing key shows as the key itself. */
    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** The text of {@code key} in the working language, for text that is stored and read by others. */
    public String stored(String key, Object... args) {
        return messages.getMessage(key, args, key, WORKING_LANGUAGE);
    }

    /**
     * A {@code Texts} over some bundles alone, for code that has no bean at hand (value objects that check
     * themselves, exceptions, per-row helpers): configured like the application's message source.
     */
    public static Texts ofBundles(String... basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Texts(source);
    }

    /** The language of the current request, or the working language outside a request. */
    public static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? WORKING_LANGUAGE : locale;
    }

    /** Runs {@code work} with texts in the working language (an import's report is stored and shared). */
    public static <T> T inWorkingLanguage(Supplier<T> work) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(WORKING_LANGUAGE);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
