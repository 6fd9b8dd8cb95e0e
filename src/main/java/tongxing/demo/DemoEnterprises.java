package tongxing.demo;

import org.springframework.stereotype.Component;
import tongxing.enterprise.BulkUpsertResult;
import tongxing.enterprise.EnterpriseBulkLoader;
import tongxing.enterprise.EnterpriseData;
import tongxing.platform.security.Scope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Loads the demo registry through the registry's own bulk path. */
@Component
public class DemoEnterprises {

    private final EnterpriseBulkLoader loader;

    DemoEnterprises(EnterpriseBulkLoader loader) {
        this.loader = loader;
    }

    /** The demo enterprise account's own company, in Haikou. */
    static EnterpriseData demoEnterprise() {
        return new EnterpriseData(DemoAccounts.DEMO_ENTERPRISE_USCC, "海南椰风食品有限公司", "460100", "14", "159", 260,
                new BigDecimal("18000"), new BigDecimal("12000"), "林某某", "陈女士", "13876001234",
                "海口市龙华区滨海大道 88 号", LocalDate.of(2016, 5, 18), "ACTIVE", List.of("自贸港重点园区"));
    }

    public BulkUpsertResult generate(long count, long seed) {
        Iterator<EnterpriseData> rows = Stream.concat(Stream.of(demoEnterprise()),
                Stream.generate(new HainanEnterpriseGenerator(count, seed, 0)::next).limit(count)).iterator();
        return loader.upsert(Scope.province(), rows, "DEMO");
    }
}
