package tongxing.monitoring.layoffplan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayoffThresholdTest {

    private final LayoffThreshold threshold = LayoffThreshold.STATUTORY;

    @Test
    void nineteen_people_of_a_large_workforce_do_not_reach_the_threshold() {
        assertThat(threshold.procedureRequired(19, 1000)).isFalse();
    }

    @Test
    void twenty_people_always_reach_the_threshold() {
        assertThat(threshold.procedureRequired(20, 1000)).isTrue();
        assertThat(threshold.procedureRequired(20, 20)).isTrue();
    }

    @Test
    void under_twenty_nine_percent_does_not_and_ten_percent_exactly_does() {
        assertThat(threshold.procedureRequired(9, 100)).isFalse();
        assertThat(threshold.procedureRequired(10, 100)).isTrue();
        assertThat(threshold.procedureRequired(18, 190)).isFalse();   // 9.47 %
        assertThat(threshold.procedureRequired(19, 190)).isTrue();    // 10 % exactly
    }

    @Test
    void the_finding_names_the_figures() {
        assertThat(threshold.finding(10, 100)).contains("拟裁减 10 人", "10.0%", "提前三十日");
        assertThat(threshold.finding(9, 100)).contains("未达到");
    }
}
