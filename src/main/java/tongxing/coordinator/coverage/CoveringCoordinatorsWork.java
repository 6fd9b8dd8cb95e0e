package tongxing.coordinator.coverage;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.CoordinatorScope;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseWork;
import tongxing.enterprise.EnterpriseWorkSource;
import tongxing.platform.security.CurrentUser;

import java.util.List;
import java.util.Locale;

/** On an enterprise's page in the registry: the coordinators who cover it (program 1). */
@Component
class CoveringCoordinatorsWork implements EnterpriseWorkSource {

    private static final int NAMES_SHOWN = 3;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    CoveringCoordinatorsWork(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private record Covering(long id, String name) {
    }

    @Override
    public List<EnterpriseWork> about(CurrentUser user, Enterprise enterprise, Locale locale) {
        if (!CoordinatorAccess.mayBrowse(user.role())) return List.of();
        CoordinatorScope s = CoordinatorScope.of(user.scope(), "c");
        List<Covering> covering = jdbc.sql("SELECT c.id, c.name FROM coordinator_coverage v JOIN coordinator c ON c.id = v.coordinator_id"
                        + " WHERE v.uscc = :uscc AND " + s.sql() + " ORDER BY v.since, c.id")
                .param("uscc", enterprise.uscc()).params(s.params())
                .query((rs, n) -> new Covering(rs.getLong(1), rs.getString(2))).list();
        if (covering.isEmpty())
            return List.of(new EnterpriseWork(1, "program.1", messages.getMessage("coordinator.work.none", null, locale), null));
        String names = String.join(messages.getMessage("coordinator.list.separator", null, locale), covering.stream().limit(NAMES_SHOWN).map(Covering::name).toList());
        String summary = messages.getMessage("coordinator.work.covered", new Object[]{covering.size(), names}, locale);
        return List.of(new EnterpriseWork(1, "program.1", summary, "/coordinators/" + covering.get(0).id()));
    }
}
