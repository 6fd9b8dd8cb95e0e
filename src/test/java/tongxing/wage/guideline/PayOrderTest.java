package tongxing.wage.guideline;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PayOrderTest {

    @Test
    void ordersByAscendingPayAndKeepsTheReadingOrderOfEqualPays() {
        Random random = new Random(7);
        long[] pays = new long[50_000];
        for (int i = 0; i < pays.length; i++) {
            pays[i] = switch (i % 4) {
                case 0 -> random.nextInt(100) * 50_000L;                 // many ties
                case 1 -> Math.abs(random.nextLong()) / 2;              // high digits in use
                case 2 -> -random.nextInt(1_000_000);                    // negative keys order below zero
                default -> 3_000_000L + random.nextInt(10_000_000);
            };
        }

        int[] order = PayOrder.ascending(pays, pays.length);

        Integer[] expected = IntStream.range(0, pays.length).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparingLong(i -> pays[i]));   // a stable sort
        assertThat(order).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    @Test
    void onlyTheFirstSizeKeysAreOrdered() {
        long[] pays = {300, 100, 200, -5, -7};

        assertThat(PayOrder.ascending(pays, 3)).containsExactly(1, 2, 0);
        assertThat(PayOrder.ascending(pays, 0)).isEmpty();
        assertThat(PayOrder.ascending(pays, 1)).containsExactly(0);
    }
}
