package tongxing.platform.identity;

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

    /** Why a string is not a valid USCC, in words a user can act on; empty when it is valid. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) return Optional.of("统一社会信用代码不能为空");
        if (value.length() != 18) return Optional.of("统一社会信用代码应为18位，实际为" + value.length() + "位");
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("第" + (i + 1) + "位字符“" + value.charAt(i) + "”不是统一社会信用代码允许的字符（不含I、O、S、V、Z）");
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) return Optional.of("统一社会信用代码校验位错误");
        return Optional.empty();
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
