package tongxing.platform.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void an_id_number_keeps_its_first_and_last_four_characters() {
        assertThat(Masking.idNumber("46010019900101123X")).isEqualTo("4601**********123X");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
    }

    @Test
    void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void a_landline_is_masked_in_the_middle_too() {
        assertThat(Masking.phone("0898-66668888")).isEqualTo("089******8888");
    }

    @Test
    void short_or_missing_values_reveal_nothing() {
        assertThat(Masking.phone("123456")).isEqualTo("****");
        assertThat(Masking.idNumber("1234567")).isEqualTo("****");
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idNumber(null)).isNull();
    }
}
