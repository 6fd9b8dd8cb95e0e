package tongxing.platform.admin.users;

import tongxing.platform.security.PasswordPolicy;

import java.security.SecureRandom;

/**
 * Generates initial and reset passwords: 12 characters with all four classes, without the
 * look-alikes (0/O, 1/l/I) that get mistyped when a password is read out over the phone.
 */
final class InitialPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "@#%+=?!";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String generate() {
        while (true) {
            char[] chars = new char[LENGTH];
            chars[0] = pick(UPPER);
            chars[1] = pick(LOWER);
            chars[2] = pick(DIGITS);
            chars[3] = pick(SYMBOLS);
            for (int i = 4; i < LENGTH; i++) chars[i] = pick(ALL);
            for (int i = LENGTH - 1; i > 0; i--) {
                int j = RANDOM.nextInt(i + 1);
                char t = chars[i];
                chars[i] = chars[j];
                chars[j] = t;
            }
            String password = new String(chars);
            if (PasswordPolicy.violation(password).isEmpty()) return password;
        }
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
