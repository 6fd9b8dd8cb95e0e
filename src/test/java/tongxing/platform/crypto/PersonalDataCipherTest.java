package tongxing.platform.crypto;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCipherTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final PersonalDataCipher cipher = new PersonalDataCipher(newKey(), "unused");

    @Test
    void a_value_survives_the_round_trip() {
        String stored = cipher.encrypt("46010019900101123X");
        assertThat(stored).startsWith("v1:").doesNotContain("46010019900101123X");
        assertThat(cipher.decrypt(stored)).isEqualTo("46010019900101123X");
        assertThat(cipher.decrypt(cipher.encrypt("海南省海口市龙华区 13812345678"))).isEqualTo("海南省海口市龙华区 13812345678");
    }

    @Test
    void two_encryptions_of_the_same_value_differ() {
        assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));
    }

    @Test
    void a_value_encrypted_with_another_key_does_not_decrypt() {
        String foreign = new PersonalDataCipher(newKey(), "unused").encrypt("13812345678");
        assertThatThrownBy(() -> cipher.decrypt(foreign)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong key");
    }

    @Test
    void a_tampered_value_does_not_decrypt() {
        String stored = cipher.encrypt("13812345678");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(raw)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void empty_values_stay_empty() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.encrypt("")).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void the_search_hash_is_stable_and_case_insensitive_but_depends_on_the_key() {
        assertThat(cipher.searchHash("91460100ma5t00001l")).isEqualTo(cipher.searchHash("91460100MA5T00001L"));
        assertThat(new PersonalDataCipher(newKey(), "unused").searchHash("91460100MA5T00001L"))
                .isNotEqualTo(cipher.searchHash("91460100MA5T00001L"));
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_at_start() {
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[16]), "unused"))
                .isInstanceOf(IllegalStateException.class);
    }
}
