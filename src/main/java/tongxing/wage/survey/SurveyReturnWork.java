package tongxing.wage.survey;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseWork;
import tongxing.enterprise.EnterpriseWorkSource;
import tongxing.platform.security.CurrentUser;

import java.util.List;
import java.util.Locale;

/** On an enterprise's page in the registry: its latest wage survey return (program 7). */
@Component
class SurveyReturnWork implements EnterpriseWorkSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    SurveyReturnWork(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private record Latest(long id, int year, String status) {
    }

    @Override
    public List<EnterpriseWork> about(CurrentUser user, Enterprise enterprise, Locale locale) {
        if (!WageAccess.mayBrowse(user)) return List.of();
        return List.of(jdbc.sql("SELECT id, year, status FROM wage_survey_enterprise WHERE uscc = :uscc ORDER BY year DESC LIMIT 1")
                .param("uscc", enterprise.uscc())
                .query((rs, n) -> new Latest(rs.getLong(1), rs.getInt(2), rs.getString(3))).optional()
                .map(r -> new EnterpriseWork(7, "program.7", messages.getMessage("wage.work.latest", new Object[]{String.valueOf(r.year()),
                        messages.getMessage("wage.status." + r.status(), null, locale)}, locale), "/wage/returns/" + r.id()))
                .orElseGet(() -> new EnterpriseWork(7, "program.7", messages.getMessage("wage.work.none", null, locale), null)));
    }
}
