package tongxing.monitoring.keylist;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseWork;
import tongxing.enterprise.EnterpriseWorkSource;
import tongxing.platform.security.CurrentUser;

import java.util.List;
import java.util.Locale;

/** On an enterprise's page in the registry, for staff: its place on the key-enterprise list (program 6). */
@Component
class KeyListWork implements EnterpriseWorkSource {

    private final KeyEnterprises keyEnterprises;
    private final MessageSource messages;

    KeyListWork(KeyEnterprises keyEnterprises, MessageSource messages) {
        this.keyEnterprises = keyEnterprises;
        this.messages = messages;
    }

    @Override
    public List<EnterpriseWork> about(CurrentUser user, Enterprise enterprise, Locale locale) {
        if (!user.role().isStaff()) return List.of();
        KeyEntry entry = keyEnterprises.entry(enterprise.uscc());
        String summary;
        if (!entry.listed()) summary = messages.getMessage("feeds.work.notListed", null, locale);
        else {
            String risk = messages.getMessage("feeds.risk." + (entry.riskLevel() == null ? "MANUAL" : entry.riskLevel()), null, locale);
            summary = messages.getMessage("feeds.work.listed", new Object[]{risk,
                    entry.listedSince() == null ? "—" : entry.listedSince().toString()}, locale);
        }
        return List.of(new EnterpriseWork(6, "program.6", summary, "/monitoring/enterprises/" + enterprise.uscc()));
    }
}
