package tongxing.coordinator.coverage;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvenSharesTest {

    @Test
    void seven_enterprises_over_loads_of_zero_two_and_zero_fill_everyone_up_to_three() {
        assertThat(EvenShares.of(new long[]{0, 2, 0}, 7)).containsExactly(3, 1, 3);
    }

    @Test
    void the_one_left_over_goes_to_the_first_of_those_at_the_level() {
        assertThat(EvenShares.of(new long[]{4, 1, 1, 1}, 4)).containsExactly(0, 2, 1, 1);
    }

    @Test
    void a_coordinator_far_above_the_others_gets_nothing() {
        assertThat(EvenShares.of(new long[]{0, 100, 3}, 5)).containsExactly(4, 0, 1);
    }

    @Test
    void nothing_to_hand_out_gives_nothing_to_anyone_and_nobody_to_hand_out_to_is_an_error() {
        assertThat(EvenShares.of(new long[]{5, 0}, 0)).containsExactly(0, 0);
        assertThat(EvenShares.of(new long[]{}, 0)).isEmpty();
        assertThatThrownBy(() -> EvenShares.of(new long[]{}, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_shares_are_those_of_handing_out_one_at_a_time_to_whoever_covers_the_fewest() {
        Random random = new Random(20261202);
        for (int round = 0; round < 500; round++) {
            long[] loads = new long[1 + random.nextInt(12)];
            for (int i = 0; i < loads.length; i++) loads[i] = random.nextInt(random.nextBoolean() ? 5 : 400);
            int n = random.nextInt(2000);
            assertThat(EvenShares.of(loads, n)).as("loads %s, n %d", java.util.Arrays.toString(loads), n)
                    .containsExactly(oneAtATime(loads, n));
        }
    }

    /** The rule as written: each enterprise to the coordinator with the fewest so far, ties to the first. */
    private static int[] oneAtATime(long[] loads, int n) {
        long[] now = loads.clone();
        int[] shares = new int[loads.length];
        PriorityQueue<Integer> queue = new PriorityQueue<>(Comparator.<Integer>comparingLong(i -> now[i]).thenComparingInt(i -> i));
        for (int i = 0; i < loads.length; i++) queue.add(i);
        for (int k = 0; k < n; k++) {
            int least = queue.poll();
            now[least]++;
            shares[least]++;
            queue.add(least);
        }
        return shares;
    }
}
