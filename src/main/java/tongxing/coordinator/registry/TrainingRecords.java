package tongxing.coordinator.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The training records of a coordinator: listed with the profile, added by staff of the coordinator's region. */
@Service
public class TrainingRecords {

    private final JdbcClient jdbc;
    private final CoordinatorRegistry registry;
    private final AuditLog audit;
    private final Texts texts;

    TrainingRecords(JdbcClient jdbc, CoordinatorRegistry registry, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
        this.texts = texts;
    }

    public List<Training> of(long coordinatorId) {
        return jdbc.sql("""
                        SELECT id, trained_on, hours, topic, subsidy_eligible FROM coordinator_training
                        WHERE coordinator_id = :id ORDER BY trained_on DESC, id DESC""")
                .param("id", coordinatorId)
                .query((rs, n) -> new Training(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    @Transactional
    public void add(Scope scope, long coordinatorId, LocalDate trainedOn, BigDecimal hours, String topic, boolean subsidyEligible) {
        Coordinator c = registry.find(scope, coordinatorId).orElseThrow(CoordinatorNotFoundException::new);
        registry.requireManageable(scope, c.regionCode());
        List<Violation> v = new ArrayList<>();
        if (trainedOn == null) v.add(new Violation("trainedOn", texts.get("coordinator.training.error.dateRequired")));
        else if (trainedOn.isAfter(LocalDate.now())) v.add(new Violation("trainedOn", texts.get("coordinator.training.error.dateFuture")));
        if (hours == null) v.add(new Violation("hours", texts.get("coordinator.training.error.hoursRequired")));
        else if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("1000")) >= 0) v.add(new Violation("hours", texts.get("coordinator.training.error.hoursRange")));
        String t = topic == null ? null : topic.trim();
        if (t == null || t.isEmpty()) v.add(new Violation("topic", texts.get("coordinator.training.error.topicRequired")));
        else if (t.length() > 200) v.add(new Violation("topic", texts.get("coordinator.training.error.topicTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        jdbc.sql("""
                        INSERT INTO coordinator_training (coordinator_id, trained_on, hours, topic, subsidy_eligible)
                        VALUES (:id, :on, :hours, :topic, :subsidy)""")
                .param("id", coordinatorId).param("on", trainedOn).param("hours", hours).param("topic", t)
                .param("subsidy", subsidyEligible).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("trainedOn", trainedOn.toString());
        after.put("hours", hours.toPlainString());
        after.put("topic", t);
        after.put("subsidyEligible", subsidyEligible);
        audit.record(AuditAction.CREATE, "coordinator_training", Long.toString(coordinatorId), "新增培训记录：" + c.name(), null, after);
    }
}
