package tongxing.platform.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest {

    @Test
    void the_standards_own_example_is_valid() {
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
    }

    @Test
    void hainan_numbers_with_computed_check_digits_are_valid() {
        assertThat(ResidentIdNumber.isValid("460100199001011230")).isTrue();
        assertThat(ResidentIdNumber.isValid("460200198512310014")).isTrue();
        assertThat(new ResidentIdNumber("460200198512310014").male()).isTrue();
        assertThat(ResidentIdNumber.checkCharacter("46000219700101002")).isEqualTo('5');
    }

    @Test
    void a_wrong_check_digit_is_rejected() {
        assertThat(ResidentIdNumber.problem("110105194912310021")).contains("身份证号码校验位错误");
        assertThatThrownBy(() -> new ResidentIdNumber("460100199001011231"))
                .isInstanceOf(InvalidIdentifierException.class).hasMessage("身份证号码校验位错误");
    }

    @Test
    void an_impossible_birth_date_is_rejected() {
        // 19490231: there is no 31 February; the check digit is right for these 17 digits.
        String first17 = "11010519490231002";
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.problem(id)).contains("身份证号码中的出生日期无效");
    }

    @Test
    void seventeen_digits_are_rejected_with_the_length() {
        assertThat(ResidentIdNumber.problem("11010519491231002")).contains("身份证号码应为18位，实际为17位");
    }

    @Test
    void letters_in_the_first_seventeen_are_rejected() {
        assertThat(ResidentIdNumber.problem("1101051949123100AX")).contains("身份证号码前17位应为数字");
    }

    @Test
    void a_lower_case_x_is_normalized() {
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isFalse();
        assertThat(ResidentIdNumber.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(ResidentIdNumber.isValid(ResidentIdNumber.normalize("11010519491231002x"))).isTrue();
    }
}
