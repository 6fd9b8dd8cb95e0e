package tongxing.platform.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyIndexTest {

    @Test
    void a_new_key_is_remembered_and_a_repeated_key_names_its_first_row() {
        KeyIndex index = new KeyIndex();
        assertThat(index.putIfAbsent("91460100MA5TL2026F", 2)).isEqualTo(-1);
        assertThat(index.putIfAbsent("91460200MA5TL2026X", 3)).isEqualTo(-1);
        assertThat(index.putIfAbsent("91460100MA5TL2026F", 9)).isEqualTo(2);
        assertThat(index.putIfAbsent("91460100MA5TL2026F", 12)).isEqualTo(2);
    }

    @Test
    void keys_survive_the_table_growing_to_a_few_hundred_thousand() {
        KeyIndex index = new KeyIndex();
        int n = 300_000;
        for (int i = 0; i < n; i++) assertThat(index.putIfAbsent("K" + i, i + 2)).isEqualTo(-1);
        assertThat(index.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) assertThat(index.putIfAbsent("K" + i, -5)).isEqualTo(i + 2);
        assertThat(index.putIfAbsent("K" + n, 1)).isEqualTo(-1);
    }

    @Test
    void keys_are_compared_by_content_not_by_hash() {
        KeyIndex index = new KeyIndex();
        // "Aa" and "BB" share String.hashCode; the index must still tell them apart.
        assertThat(index.putIfAbsent("Aa", 2)).isEqualTo(-1);
        assertThat(index.putIfAbsent("BB", 3)).isEqualTo(-1);
        assertThat(index.putIfAbsent("统一", 4)).isEqualTo(-1);
        assertThat(index.putIfAbsent("BB", 5)).isEqualTo(3);
    }
}
