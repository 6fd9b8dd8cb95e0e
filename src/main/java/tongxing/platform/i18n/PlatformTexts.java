package tongxing.platform.i18n;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The platform's own words for code that has no {@link Texts} bean at hand: value objects that
 * check themselves ({@code Uscc}, {@code ResidentIdNumber}), exceptions raised anywhere
 * ({@code OptimisticLockException}) and helpers created per row ({@code RowValues}). Reads
 * {@code messages/messages} and {@code messages/imports} in the same language as {@link Texts#get}:
 * the request's, or the working language outside a request and during an import. Because these
 * answer in the caller's language, every module that calls them speaks it without a change.
 */
public final class PlatformTexts {

    private static final ResourceBundleMessageSource SOURCE = source();

    private PlatformTexts() {
    }

    /** The text of {@code key} in the current language; a missing key shows as the key itself. */
    public static String get(String key, Object... args) {
        return SOURCE.getMessage(key, args, key, Texts.locale());
    }

    /** The text of {@code key} in the working language, for text that is stored and read by others. */
    public static String stored(String key, Object... args) {
        return SOURCE.getMessage(key, args, key, Texts.WORKING_LANGUAGE);
    }

    private static ResourceBundleMessageSource source() {
        // Configured like Spring Boot's message source (spring.messages in application.yml).
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/messages", "messages/imports");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
