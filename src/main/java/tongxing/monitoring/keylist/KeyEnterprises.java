package tongxing.monitoring.keylist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.Enterprise;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.web.NotFoundException;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Manual adjustment of the key list (人工调整): staff include an enterprise detection did not
 * propose, exclude one it did, or give the decision back to detection, always with a reason.
 * Optimistic locking on the entry's version; audited; entries and exits recorded as events.
 */
@Service
public class KeyEnterprises {

    public enum Adjustment { INCLUDE, EXCLUDE, CLEAR }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final KeyListRefresh refresh;
    private final Texts texts;

    KeyEnterprises(JdbcClient jdbc, AuditLog audit, KeyListRefresh refresh, Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.refresh = refresh;
    }

    public KeyEntry entry(String uscc) {
        return jdbc.sql("""
                        SELECT listed, risk_level, detected, rule_codes, override, override_reason, listed_since, version
                        FROM monitoring_key_enterprise WHERE uscc = :uscc""")
                .param("uscc", uscc)
                .query((rs, n) -> {
                    Array rules = rs.getArray("rule_codes");
                    return new KeyEntry(rs.getBoolean("listed"), rs.getString("risk_level"), rs.getBoolean("detected"),
                            rules == null ? List.of() : Arrays.asList((String[]) rules.getArray()), rs.getString("override"),
                            rs.getString("override_reason"), rs.getObject("listed_since", LocalDate.class), rs.getInt("version"));
                }).optional().orElse(KeyEntry.none());
    }

    /** Staff of the province or of the enterprise's own region. */
    public static boolean mayAdjust(CurrentUser user, String regionCode) {
        return user.role().isStaff() && ScopeSql.mayWriteRegion(user.scope(), regionCode);
    }

    /**
     * @param enterprise      the enterprise as the registry gave it within the user's scope
     * @param expectedVersion the entry's version shown on the form (-1 when it had no entry)
     */
    @Transactional
    public KeyEntry adjust(CurrentUser user, Enterprise enterprise, Adjustment adjustment, String reason, int expectedVersion) {
        if (!mayAdjust(user, enterprise.regionCode())) throw new NotFoundException();
        if (reason == null || reason.isBlank()) throw new ValidationException("reason", texts.get("feeds.keylist.error.reasonRequired"));
        String why = reason.strip();
        if (why.length() > 400) throw new ValidationException("reason", texts.get("feeds.keylist.error.reasonTooLong"));
        KeyEntry before = entry(enterprise.uscc());
        if (before.version() != expectedVersion) throw new OptimisticLockException(texts.get("feeds.record.keyList"));
        String override = adjustment == Adjustment.CLEAR ? null : adjustment.name();
        boolean listed = switch (adjustment) {
            case INCLUDE -> true;
            case EXCLUDE -> false;
            case CLEAR -> before.detected();
        };
        LocalDate today = LocalDate.now();
        int updated;
        if (before.version() < 0) {
            updated = jdbc.sql("""
                            INSERT INTO monitoring_key_enterprise (uscc, region_code, listed, override, override_reason, listed_since)
                            VALUES (:uscc, :region, :listed, :override, :reason, :since) ON CONFLICT (uscc) DO NOTHING""")
                    .param("uscc", enterprise.uscc()).param("region", enterprise.regionCode()).param("listed", listed)
                    .param("override", override).param("reason", override == null ? null : why)
                    .param("since", listed ? today : null).update();
        } else {
            updated = jdbc.sql("""
                            UPDATE monitoring_key_enterprise SET listed = :listed, override = :override, override_reason = :reason,
                                   listed_since = CASE WHEN :listed AND NOT listed THEN CAST(:today AS date)
                                                       WHEN :listed THEN listed_since END,
                                   updated_at = now(), version = version + 1
                            WHERE uscc = :uscc AND version = :version""")
                    .param("listed", listed).param("override", override).param("reason", override == null ? null : why)
                    .param("today", today).param("uscc", enterprise.uscc()).param("version", expectedVersion).update();
        }
        if (updated == 0) throw new OptimisticLockException(texts.get("feeds.record.keyList"));
        if (listed != before.listed()) {
            String eventKey = listed ? "feeds.keylist.eventIncluded" : "feeds.keylist.eventExcluded";
            jdbc.sql("""
                            INSERT INTO monitoring_key_enterprise_event (uscc, region_code, event, occurred_on, reason, actor,
                                                                         reason_key, reason_args)
                            VALUES (:uscc, :region, :event, :today, :reason, :actor, :key, CAST(:args AS jsonb))""")
                    .param("uscc", enterprise.uscc()).param("region", enterprise.regionCode())
                    .param("event", listed ? "ENTER" : "EXIT").param("today", today)
                    .param("reason", texts.stored(eventKey, why)).param("actor", user.username())
                    .param("key", eventKey).param("args", ListEventReason.typedArgs(why)).update();
        }
        refresh.fillNames();
        KeyEntry after = entry(enterprise.uscc());
        audit.record(AuditAction.UPDATE, "monitoring_key_enterprise", enterprise.uscc(),
                "重点企业清单人工调整（" + enterprise.name() + "）：" + label(adjustment) + "，理由：" + why,
                snapshot(before), snapshot(after));
        return after;
    }

    private static String label(Adjustment a) {
        return switch (a) {
            case INCLUDE -> "纳入清单";
            case EXCLUDE -> "移出清单";
            case CLEAR -> "取消人工调整，按检测结果";
        };
    }

    private static Map<String, Object> snapshot(KeyEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("listed", e.listed());
        m.put("riskLevel", e.riskLevel());
        m.put("override", e.override());
        m.put("overrideReason", e.overrideReason());
        return m;
    }
}
