package tongxing.coordinator.exchange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attendance list of a session. Coordinators come from the registry within the writer's scope
 * and, for a city's session, from that city. An attendance with hours counts as training: it keeps
 * one {@code coordinator_training} row (not subsidy-eligible: an exchange session is not a
 * subsidized vocational course), so every total of training hours includes it.
 */
@Service
public class Attendance {

    /** What a write did to the list. */
    public enum Outcome { INSERTED, UPDATED, UNCHANGED }

    static final BigDecimal MAX_HOURS = new BigDecimal("24");

    private final JdbcClient jdbc;
    private final ExchangeSessions sessions;
    private final Coordinators coordinators;
    private final CoordinatorRegistry registry;
    private final PersonalDataCipher cipher;
    private final Regions regions;
    private final AuditLog audit;
    private final Texts texts;

    Attendance(JdbcClient jdbc, ExchangeSessions sessions, Coordinators coordinators, CoordinatorRegistry registry,
               PersonalDataCipher cipher, Regions regions, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.coordinators = coordinators;
        this.registry = registry;
        this.cipher = cipher;
        this.regions = regions;
        this.audit = audit;
        this.texts = texts;
    }

    /** The topic of the training row an attendance keeps: stored, so in the working language. */
    static String trainingTopic(Texts texts, String sessionTitle) {
        String t = texts.stored("exchange.training.topic", sessionTitle);
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    public List<AttendanceEntry> of(long sessionId) {
        return jdbc.sql("""
                        SELECT a.coordinator_id, c.name, c.id_number_enc, c.region_code, a.attended, a.hours
                        FROM coordinator_exchange_attendance a JOIN coordinator c ON c.id = a.coordinator_id
                        WHERE a.session_id = :s ORDER BY c.region_code, c.name, c.id""")
                .param("s", sessionId)
                .query((rs, n) -> new AttendanceEntry(rs.getLong(1), rs.getString(2),
                        Masking.idNumber(cipher.decrypt(rs.getString(3))), regions.name(rs.getString(4)), rs.getBoolean(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    /** Coordinators the writer may add to the session: not yet on the list, matching the name, at most 50. */
    public List<CoordinatorSummary> candidates(Scope scope, ExchangeSession s, String name) {
        CoordinatorScope cs = CoordinatorScope.of(scope, "c");
        String like = name == null || name.isBlank() ? "%"
                : "%" + name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Long> ids = jdbc.sql("SELECT c.id FROM coordinator c WHERE " + cs.sql() + """
                         AND c.name LIKE :name AND (:region = :province OR c.region_code = :region)
                         AND NOT EXISTS (SELECT 1 FROM coordinator_exchange_attendance a WHERE a.session_id = :s AND a.coordinator_id = c.id)
                        ORDER BY c.region_code, c.name, c.id LIMIT 50""")
                .params(cs.params()).param("name", like).param("region", s.regionCode()).param("province", Regions.PROVINCE)
                .param("s", s.id()).query(Long.class).list();
        return ids.stream().map(id -> coordinators.find(scope, id)).flatMap(Optional::stream).toList();
    }

    /** Adds or changes one coordinator's attendance; the session must be the writer's to manage. */
    @Transactional
    public Outcome record(Scope scope, long sessionId, long coordinatorId, boolean attended, BigDecimal hours) {
        ExchangeSession s = sessions.manageable(scope, sessionId);
        CoordinatorSummary c = coordinators.find(scope, coordinatorId)
                .orElseThrow(() -> new ValidationException("coordinatorId", texts.get("exchange.error.coordinatorNotFoundId", coordinatorId)));
        return save(s, c, attended, hours);
    }

    /** The import's write: the coordinator by ID number (or registry id), within the writer's scope. */
    @Transactional
    public Outcome recordByIdNumber(Scope scope, long sessionId, String idNumber, Long coordinatorId, boolean attended,
                                    BigDecimal hours) {
        ExchangeSession s = sessions.manageable(scope, sessionId);
        return save(s, resolve(scope, idNumber, coordinatorId).orElseThrow(
                () -> new ValidationException("coordinatorId", texts.get("exchange.error.coordinatorNotFound"))), attended, hours);
    }

    Optional<CoordinatorSummary> resolve(Scope scope, String idNumber, Long coordinatorId) {
        if (coordinatorId != null) return coordinators.find(scope, coordinatorId);
        if (idNumber == null) return Optional.empty();
        return registry.findByIdNumber(scope, idNumber).flatMap(k -> coordinators.find(scope, k.id()));
    }

    /** Why this coordinator cannot be on this session's list, or empty when they can. */
    static Optional<String> refusal(Texts texts, ExchangeSession s, CoordinatorSummary c, boolean attended) {
        if (!Regions.PROVINCE.equals(s.regionCode()) && !s.regionCode().equals(c.regionCode()))
            return Optional.of(texts.get("exchange.error.otherRegion", c.name()));
        if (attended && s.heldOn().isAfter(LocalDate.now()))
            return Optional.of(texts.get("exchange.error.notYetHeld", s.heldOn()));
        return Optional.empty();
    }

    static Optional<String> hoursProblem(Texts texts, boolean attended, BigDecimal hours) {
        if (hours == null) return attended ? Optional.of(texts.get("exchange.error.hoursRequired")) : Optional.empty();
        if (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0) return Optional.of(texts.get("exchange.error.hoursRange"));
        if (hours.scale() > 1 && hours.stripTrailingZeros().scale() > 1) return Optional.of(texts.get("exchange.error.hoursScale"));
        if (!attended && hours.signum() > 0) return Optional.of(texts.get("exchange.error.hoursNotAttended"));
        return Optional.empty();
    }

    private Outcome save(ExchangeSession s, CoordinatorSummary c, boolean attended, BigDecimal hours) {
        Optional<String> refused = refusal(texts, s, c, attended);
        if (refused.isPresent()) throw new ValidationException("coordinatorId", refused.get());
        Optional<String> badHours = hoursProblem(texts, attended, hours);
        if (badHours.isPresent()) throw new ValidationException("hours", badHours.get());
        BigDecimal h = attended ? hours.setScale(1, java.math.RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(1);
        Optional<Map<String, Object>> before = jdbc.sql("""
                        SELECT attended, hours FROM coordinator_exchange_attendance WHERE session_id = :s AND coordinator_id = :c""")
                .param("s", s.id()).param("c", c.id())
                .query((rs, n) -> Map.<String, Object>of("attended", rs.getBoolean(1), "hours", rs.getBigDecimal(2).toPlainString()))
                .optional();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("attended", attended);
        after.put("hours", h.toPlainString());
        if (before.isPresent() && before.get().equals(after)) return Outcome.UNCHANGED;
        jdbc.sql("""
                        INSERT INTO coordinator_exchange_attendance (session_id, coordinator_id, attended, hours, recorded_by)
                        VALUES (:s, :c, :attended, :hours, :by)
                        ON CONFLICT (session_id, coordinator_id) DO UPDATE
                        SET attended = excluded.attended, hours = excluded.hours, recorded_by = excluded.recorded_by,
                            recorded_at = now()""")
                .param("s", s.id()).param("c", c.id()).param("attended", attended).param("hours", h)
                .param("by", CurrentUser.require().username()).update();
        syncTraining(s, c.id(), attended, h);
        audit.record(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "coordinator_exchange_attendance",
                s.id() + ":" + c.id(), "学习交流出席登记：" + s.title() + " / " + c.name(), before.orElse(null), after);
        return before.isPresent() ? Outcome.UPDATED : Outcome.INSERTED;
    }

    @Transactional
    public void remove(Scope scope, long sessionId, long coordinatorId) {
        ExchangeSession s = sessions.manageable(scope, sessionId);
        int n = jdbc.sql("DELETE FROM coordinator_exchange_attendance WHERE session_id = :s AND coordinator_id = :c")
                .param("s", sessionId).param("c", coordinatorId).update();
        if (n == 0) return;
        syncTraining(s, coordinatorId, false, BigDecimal.ZERO);
        audit.record(AuditAction.DELETE, "coordinator_exchange_attendance", sessionId + ":" + coordinatorId,
                "移出学习交流出席名单：" + s.title(), Map.of("coordinatorId", coordinatorId), null);
    }

    private void syncTraining(ExchangeSession s, long coordinatorId, boolean attended, BigDecimal hours) {
        if (attended && hours.signum() > 0) {
            jdbc.sql("""
                            INSERT INTO coordinator_training (coordinator_id, trained_on, hours, topic, subsidy_eligible, exchange_session_id)
                            VALUES (:c, :on, :hours, :topic, false, :s)
                            ON CONFLICT (coordinator_id, exchange_session_id) WHERE exchange_session_id IS NOT NULL
                            DO UPDATE SET hours = excluded.hours, trained_on = excluded.trained_on, topic = excluded.topic""")
                    .param("c", coordinatorId).param("on", s.heldOn()).param("hours", hours).param("topic", trainingTopic(texts, s.title()))
                    .param("s", s.id()).update();
        } else {
            jdbc.sql("DELETE FROM coordinator_training WHERE coordinator_id = :c AND exchange_session_id = :s")
                    .param("c", coordinatorId).param("s", s.id()).update();
        }
    }
}
