package tongxing.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.platform.security.Scope;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo coordinators have names that go with the sex their ID number gives. */
@TongxingTest
class DemoCoordinatorsTest {

    private static final Set<String> FEMALE_NAMES = Set.of("海燕", "小梅", "丽娜", "春花", "秀英", "婷", "玉兰");

    @Autowired JdbcClient jdbc;
    @Autowired CoordinatorRegistry registry;

    @Test
    void aWomansNameGoesWithAWomansIdNumber() {
        List<Long> ids = jdbc.sql("SELECT id FROM coordinator WHERE id <= 300 ORDER BY id")
                .query(Long.class).list();
        assertThat(ids).hasSizeGreaterThan(200);
        long women = 0;
        for (long id : ids) {
            Coordinator c = registry.find(Scope.province(), id).orElseThrow();
            boolean femaleName = FEMALE_NAMES.stream().anyMatch(n -> c.name().endsWith(n));
            assertThat(femaleName).as(c.name() + " (male by ID: " + c.male() + ")").isEqualTo(!c.male());
            if (!c.male()) women++;
        }
        assertThat(women).isBetween(ids.size() / 4L, ids.size() * 3L / 4);
    }
}
