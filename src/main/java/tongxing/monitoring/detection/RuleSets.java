package tongxing.monitoring.detection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The versioned thresholds: the latest version applies; a change never edits a version, it adds one. */
@Service
public class RuleSets {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AuditLog audit;
    private final Texts texts;

    RuleSets(JdbcClient jdbc, AuditLog audit, Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public RuleSet current() {
        return jdbc.sql("SELECT version, parameters::text, note, changed_by, changed_at FROM monitoring_rule_set ORDER BY version DESC LIMIT 1")
                .query(this::map).single();
    }

    public List<RuleSet> history() {
        return jdbc.sql("SELECT version, parameters::text, note, changed_by, changed_at FROM monitoring_rule_set ORDER BY version DESC")
                .query(this::map).list();
    }

    /** Only the provincial office changes thresholds; the version seen on the form must still be the latest. */
    @Transactional
    public RuleSet change(CurrentUser user, int basedOnVersion, RuleParameters parameters, String note) {
        if (user.role() != Role.PROVINCE_ADMIN) throw new NotFoundException();
        List<Violation> v = new ArrayList<>(parameters.violations(texts));
        if (note == null || note.isBlank()) v.add(new Violation("note", texts.get("feeds.rules.error.noteRequired")));
        else if (note.length() > 500) v.add(new Violation("note", texts.get("feeds.rules.error.noteTooLong")));
        if (!v.isEmpty()) throw new ValidationException(v);
        jdbc.sql("LOCK TABLE monitoring_rule_set IN EXCLUSIVE MODE").update();
        RuleSet before = current();
        if (before.version() != basedOnVersion) throw new OptimisticLockException(texts.get("feeds.record.rules"));
        jdbc.sql("""
                        INSERT INTO monitoring_rule_set (version, parameters, note, changed_by)
                        VALUES (:version, CAST(:parameters AS jsonb), :note, :by)""")
                .param("version", before.version() + 1).param("parameters", json.writeValueAsString(parameters))
                .param("note", note.strip()).param("by", user.username()).update();
        RuleSet after = current();
        audit.record(AuditAction.UPDATE, "monitoring_rule_set", String.valueOf(after.version()),
                "调整预警检测规则阈值，生成第 " + after.version() + " 版：" + note.strip(),
                Map.of("version", before.version(), "parameters", before.parameters()),
                Map.of("version", after.version(), "parameters", after.parameters()));
        return after;
    }

    private RuleSet map(ResultSet rs, int n) throws SQLException {
        return new RuleSet(rs.getInt(1), json.readValue(rs.getString(2), RuleParameters.class), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class));
    }
}
