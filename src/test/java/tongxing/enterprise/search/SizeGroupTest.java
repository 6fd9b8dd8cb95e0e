package tongxing.enterprise.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SizeGroupTest {

    @Test
    void the_plans_size_groups_expand_to_their_classes() {
        assertThat(EnterpriseConditions.sizeClasses("LARGE_MEDIUM")).containsExactly("LARGE", "MEDIUM");
        assertThat(EnterpriseConditions.sizeClasses("SMALL_MICRO")).containsExactly("SMALL", "MICRO");
        assertThat(EnterpriseConditions.sizeClasses("MICRO")).containsExactly("MICRO");
    }
}
