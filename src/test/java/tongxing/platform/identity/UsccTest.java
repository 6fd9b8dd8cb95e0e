package tongxing.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91460100MA5T00001L",   // the demo enterprise
            "91350100M000100Y43",   // the example printed in most guides to GB 32100-2015
            "911100006000374796",   // check character computed by hand (mod 31 gives a digit)
            "12460000MB12345679",   // an institution (1 = 机构编制)
            "52460100MJ00000014",   // a social organization (5 = 民政)
            "91460200MA5U000009"})  // check character 0 (31 - sum % 31 == 31)
    void valid_codes_pass(String code) {
        assertThat(Uscc.problem(code)).isEmpty();
        assertThat(new Uscc(code).value()).isEqualTo(code);
    }

    @Test
    void the_check_character_is_computed_by_weighted_mod_31() {
        assertThat(Uscc.checkCharacter("91460100MA5T00001")).isEqualTo('L');
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.checkCharacter("91460200MA5U00000")).isEqualTo('9');
    }

    @Test
    void a_wrong_check_character_is_rejected_with_the_reason() {
        assertThat(Uscc.problem("91460100MA5T00001M")).contains("统一社会信用代码校验位错误");
        assertThatThrownBy(() -> new Uscc("91350100M000100Y44"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("校验位")
                .satisfies(e -> assertThat(((InvalidIdentifierException) e).field()).isEqualTo("uscc"));
    }

    @Test
    void a_wrong_length_is_rejected_with_the_actual_length() {
        assertThat(Uscc.problem("91460100MA5T0001L")).contains("统一社会信用代码应为18位，实际为17位");
        assertThat(Uscc.problem("91460100MA5T00001L1")).contains("统一社会信用代码应为18位，实际为19位");
        assertThat(Uscc.problem("")).contains("统一社会信用代码不能为空");
        assertThat(Uscc.problem(null)).contains("统一社会信用代码不能为空");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void the_letters_I_O_S_V_Z_are_not_allowed(char letter) {
        String code = "91460100MA5T0000" + letter + "L";
        assertThat(Uscc.problem(code)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("第17位字符“" + letter + "”").contains("不含I、O、S、V、Z"));
    }

    @Test
    void lower_case_input_is_normalized_before_validation() {
        assertThat(Uscc.problem("91460100ma5t00001l")).isPresent();
        assertThat(Uscc.normalize(" 91460100ma5t00001l ")).isEqualTo("91460100MA5T00001L");
        assertThat(Uscc.isValid(Uscc.normalize("91350100m000100y43"))).isTrue();
    }
}
