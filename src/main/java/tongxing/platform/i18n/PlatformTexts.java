package tongxing.platform.i18n;

/**
 * The platform's own words for code that has no {@link Texts} bean at hand: value objects that
 * check themselves ({@code Uscc}, {@code ResidentIdNumber}), exceptions raised anywhere
 * ({@code OptimisticLockException}) and helpers created per row ({@code RowValues}). Reads
 * {@code messages/messages} and {@code messages/imports} in the same language as {@link Texts#get}:
 * the request's, or the working language outside a request and during an import. Because these
 * answer in the caller's language, every module that calls them speaks it without a change.
 */
public final class PlatformTexts {

    private static final Texts TEXTS = Texts.ofBundles("messages/messages", "messages/imports");

    private PlatformTexts() {
    }

    /** The text of {@code key} in the current language; a missing key shows as the key itself. */
    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** The text of {@code key} in the working language, for text that is stored and read by others. */
    public static String stored(String key, Object... args) {
        return TEXTS.stored(key, args);
    }
}
