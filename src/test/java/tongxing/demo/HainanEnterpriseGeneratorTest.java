package tongxing.demo;

import org.junit.jupiter.api.Test;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.identity.Uscc;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HainanEnterpriseGeneratorTest {

    @Test
    void namesAreUniqueAndLookRealWithoutANumericSuffix() {
        HainanEnterpriseGenerator generator = new HainanEnterpriseGenerator(300_000, 7L, 466_000_000L);
        Set<String> names = new HashSet<>();
        Set<String> usccs = new HashSet<>();
        while (generator.hasNext()) {
            EnterpriseData d = generator.next();
            assertThat(d.name()).matches("(海南\\p{IsHan}{2,3}|洋浦)\\p{IsHan}{4}\\p{IsHan}+(有限公司|股份有限公司)");
            assertThat(Uscc.problem(d.uscc())).isEmpty();
            names.add(d.name());
            usccs.add(d.uscc());
        }
        assertThat(names).hasSize(300_000);
        assertThat(usccs).hasSize(300_000);
    }

    @Test
    void brandsDifferForAnyMillionConsecutiveEnterprises() {
        Set<String> brands = new HashSet<>();
        for (long n = 5_000_000L; n < 5_000_000L + (1 << 20); n++) brands.add(HainanEnterpriseGenerator.brand(n));
        assertThat(brands).hasSize(1 << 20);
    }

    @Test
    void theSameSeedGivesTheSameRows() {
        var a = new HainanEnterpriseGenerator(50, 42L, 0);
        var b = new HainanEnterpriseGenerator(50, 42L, 0);
        while (a.hasNext()) assertThat(a.next()).isEqualTo(b.next());
    }
}
