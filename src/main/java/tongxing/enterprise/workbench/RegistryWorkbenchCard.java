package tongxing.enterprise.workbench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.web.WorkbenchCard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The registry's figures on the workbench: enterprises in scope, and how many are large/medium and small/micro. */
@Component
class RegistryWorkbenchCard implements WorkbenchCard {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private record Counts(long total, long largeMedium, long smallMicro, long unclassified, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Map<Scope, Counts> cache = new ConcurrentHashMap<>();

    RegistryWorkbenchCard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Card> cardFor(CurrentUser user) {
        if (!user.role().isStaff() && user.role() != Role.EXPERT && user.role() != Role.COORDINATOR) return Optional.empty();
        Counts c = cache.compute(user.scope(), (scope, old) ->
                old != null && old.at().plus(FRESH).isAfter(Instant.now()) ? old : count(scope));
        // The figures count active enterprises: each links to the list of exactly those.
        return Optional.of(new Card("workbench.registry", "/enterprises?status=ACTIVE", List.of(
                new Figure("workbench.registry.total", c.total(), "/enterprises?status=ACTIVE"),
                new Figure("workbench.registry.largeMedium", c.largeMedium(), "/enterprises?size=LARGE_MEDIUM&status=ACTIVE"),
                new Figure("workbench.registry.smallMicro", c.smallMicro(), "/enterprises?size=SMALL_MICRO&status=ACTIVE"),
                new Figure("workbench.registry.unclassified", c.unclassified(), "/enterprises?size=UNCLASSIFIED&status=ACTIVE"))));
    }

    @Override
    public int order() {
        return 10;
    }

    private Counts count(Scope scope) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE size_class IN ('LARGE', 'MEDIUM')),
                               count(*) FILTER (WHERE size_class IN ('SMALL', 'MICRO')),
                               count(*) FILTER (WHERE size_class = 'UNCLASSIFIED')
                        FROM enterprise e WHERE e.status = 'ACTIVE' AND\s""" + s.sql())
                .params(s.params())
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), Instant.now()))
                .single();
    }
}
