package tongxing.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void seven_characters_are_too_short_whatever_their_mix() {
        assertThat(PasswordPolicy.violation("Ab1@xyz")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation(null)).contains("password.tooShort");
    }

    @Test
    void eight_characters_of_two_classes_are_too_simple() {
        assertThat(PasswordPolicy.violation("abcdefg1")).contains("password.tooSimple");
        assertThat(PasswordPolicy.violation("ABCDabcd")).contains("password.tooSimple");
        assertThat(PasswordPolicy.violation("1234567@")).contains("password.tooSimple");
    }

    @Test
    void eight_characters_of_three_classes_are_accepted() {
        assertThat(PasswordPolicy.violation("Abcdefg1")).isEmpty();
        assertThat(PasswordPolicy.violation("abcdef1@")).isEmpty();
        assertThat(PasswordPolicy.violation("ABCDEF1@")).isEmpty();
        assertThat(PasswordPolicy.violation("Tongxing@2026")).isEmpty();
    }
}
