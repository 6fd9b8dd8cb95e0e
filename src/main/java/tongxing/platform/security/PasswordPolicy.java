package tongxing.platform.security;

import java.util.Optional;

/**
 * At least 8 characters, with at least 3 of the 4 classes: lower case, upper case, digits,
 * other characters. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) return Optional.of("password.tooShort");
        int classes = 0;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        return classes >= 3 ? Optional.empty() : Optional.of("password.tooSimple");
    }
}
