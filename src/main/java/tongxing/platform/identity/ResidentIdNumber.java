package tongxing.platform.identity;

import tongxing.platform.i18n.PlatformTexts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resident identity card number (公民身份号码, GB 11643-1999): 6-digit address, YYYYMMDD birth
 * date, 3-digit sequence (odd for men), and a mod-11 check character. The address part is not
 * checked against today's list: Hainan used 4600xx codes before 2002.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public ResidentIdNumber {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) throw new InvalidIdentifierException("idNumber", problem.get());
    }

    /** Why a string is not a valid ID number, in the current language (see {@link PlatformTexts}); empty when valid. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) return reason("identity.idNumber.blank");
        if (value.length() != 18) return reason("identity.idNumber.length", value.length());
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i))) return reason("identity.idNumber.digits");
        }
        if (birthDate(value).isEmpty()) return reason("identity.idNumber.birthDate");
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) return reason("identity.idNumber.check");
        return Optional.empty();
    }

    private static Optional<String> reason(String key, Object... args) {
        return Optional.of(PlatformTexts.get(key, args));
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK.charAt(sum % 11);
    }

    public static Optional<LocalDate> birthDate(String value) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            return date.getYear() < 1900 || date.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDate(value).orElseThrow();
    }

    public boolean male() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    public static String normalize(String raw) {
        return raw == null ? null : raw.trim().toUpperCase();
    }
}
