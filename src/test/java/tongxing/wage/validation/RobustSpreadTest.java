package tongxing.wage.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RobustSpreadTest {

    @Test
    void an_odd_count_takes_the_middle_value_and_the_middle_distance() {
        // distances from 3: 2, 1, 0, 1, 7 → sorted 0, 1, 1, 2, 7 → MAD 1
        RobustSpread s = RobustSpread.of(new double[]{1, 2, 3, 4, 10});
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.median()).isEqualTo(3);
        assertThat(s.scaledMad()).isEqualTo(1.4826);
    }

    @Test
    void an_even_count_interpolates_between_the_two_middle_values_as_percentile_cont_does() {
        // median 2.5; distances 1.5, 0.5, 0.5, 7.5 → sorted 0.5, 0.5, 1.5, 7.5 → MAD (0.5 + 1.5) / 2 = 1
        RobustSpread s = RobustSpread.of(new double[]{1, 2, 3, 10});
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.scaledMad()).isCloseTo(1.4826, within(1e-12));
    }

    @Test
    void equal_values_have_no_spread_and_no_values_have_no_median() {
        assertThat(RobustSpread.of(new double[]{5, 5, 5, 9}).scaledMad()).isZero();
        assertThat(RobustSpread.of(new double[0]).n()).isZero();
    }

    @Test
    void combining_removes_each_removed_value_once_and_merges_the_added_in_order() {
        double[] pool = RobustSpread.combine(new double[]{1, 2, 2, 3, 5}, new double[]{2, 4, 5}, new double[]{0, 2.5, 6});
        assertThat(pool).containsExactly(0, 1, 2, 2.5, 3, 6);
    }
}
