package tongxing.platform.identity;

import tongxing.platform.i18n.PlatformTexts;

import java.util.Optional;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters over
 * {@code 0-9 A-H J-N P-R T-U W-Y}; the 18th is a check character, weighted mod 31.
 */
public record Uscc(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public Uscc {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) throw new InvalidIdentifierException("uscc", problem.get());
    }

    /**
     * Why a string is not a valid USCC, in words a user can act on (in the current language, see
     * {@link PlatformTexts}); empty when it is valid.
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) return reason("identity.uscc.blank");
        if (value.length() != 18) return reason("identity.uscc.length", value.length());
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) return reason("identity.uscc.character", i + 1, String.valueOf(value.charAt(i)));
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) return reason("identity.uscc.check");
        return Optional.empty();
    }

    private static Optional<String> reason(String key, Object... args) {
        return Optional.of(PlatformTexts.get(key, args));
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The check character for the first 17 characters (which must be in the charset). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** Upper-cases and trims user input before validation. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }
}
