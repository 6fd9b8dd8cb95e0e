package tongxing.wage.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTargetTest {

    @Test
    void ten_of_a_hundred_meets_the_target_and_nine_of_ninety_one_does_not() {
        assertThat(ServiceTarget.PLAN.met(10, 100)).isTrue();
        assertThat(ServiceTarget.PLAN.met(9, 91)).isFalse();
        assertThat(ServiceTarget.PLAN.missing(9, 91)).isEqualTo(1);
        assertThat(ServiceTarget.PLAN.missing(10, 100)).isZero();
    }

    @Test
    void a_region_without_surveyed_enterprises_does_not_meet_it() {
        assertThat(ServiceTarget.PLAN.met(0, 0)).isFalse();
    }
}
