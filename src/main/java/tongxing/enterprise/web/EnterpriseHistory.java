package tongxing.enterprise.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.enterprise.Enterprise;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditChanges;
import tongxing.platform.audit.AuditEntry;
import tongxing.platform.audit.AuditSearch;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An enterprise's change history as its detail page shows it: who registered or changed it, when,
 * and for a change each field with its old and new value, codes named as the page names them.
 * Read from the audit log, which keeps every write of the registry with its before and after.
 */
@Component
class EnterpriseHistory {

    static final int LIMIT = 20;

    /** The audit log's field names and the labels of the detail page. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("uscc", "enterprise.field.uscc"), Map.entry("name", "enterprise.field.name"),
            Map.entry("regionCode", "enterprise.field.region"), Map.entry("industryCode", "enterprise.field.industry"),
            Map.entry("ownershipCode", "enterprise.field.ownership"), Map.entry("employees", "enterprise.field.employees"),
            Map.entry("revenue", "enterprise.field.revenue"), Map.entry("assets", "enterprise.field.assets"),
            Map.entry("sizeClass", "enterprise.field.sizeClass"),
            Map.entry("legalRepresentative", "enterprise.field.legalRepresentative"),
            Map.entry("contactPerson", "enterprise.field.contactPerson"), Map.entry("contactPhone", "enterprise.field.contactPhone"),
            Map.entry("address", "enterprise.field.address"), Map.entry("establishedOn", "enterprise.field.establishedOn"),
            Map.entry("status", "enterprise.field.status"), Map.entry("tags", "enterprise.field.tags"));

    record Entry(LocalDateTime at, String username, AuditAction action, List<FieldChange> changes) {
    }

    record FieldChange(String label, String before, String after) {
    }

    private final AuditSearch audit;
    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownershipTypes;
    private final MessageSource messages;

    EnterpriseHistory(AuditSearch audit, Regions regions, Industries industries, OwnershipTypes ownershipTypes,
                      MessageSource messages) {
        this.audit = audit;
        this.regions = regions;
        this.industries = industries;
        this.ownershipTypes = ownershipTypes;
        this.messages = messages;
    }

    /** The newest entries first; the caller has checked that the user may see the enterprise. */
    List<Entry> of(Enterprise e, Locale locale) {
        return audit.changesOf("enterprise", e.uscc(), LIMIT).stream().map(a -> entry(a, locale)).toList();
    }

    private Entry entry(AuditEntry a, Locale locale) {
        List<FieldChange> changes = a.action() == AuditAction.CREATE || a.action() == AuditAction.DELETE ? List.of()
                : AuditChanges.of(a.beforeJson(), a.afterJson()).stream()
                        .filter(AuditChanges.Change::changed)
                        .map(c -> new FieldChange(label(c.field(), locale), value(c.field(), c.before(), locale),
                                value(c.field(), c.after(), locale)))
                        .toList();
        return new Entry(a.at(), a.username(), a.action(), changes);
    }

    private String label(String field, Locale locale) {
        String key = LABELS.get(field);
        return key == null ? field : messages.getMessage(key, null, field, locale);
    }

    private String value(String field, String value, Locale locale) {
        if (value == null || value.isEmpty()) return null;
        return switch (field) {
            case "regionCode" -> regions.name(value);
            case "industryCode" -> industries.find(value).map(i -> i.code() + " " + i.name()).orElse(value);
            case "ownershipCode" -> ownershipTypes.name(value);
            case "sizeClass" -> messages.getMessage("enterprise.size." + value, null, value, locale);
            case "status" -> messages.getMessage("enterprise.status." + value, null, value, locale);
            default -> value;
        };
    }
}
