package tongxing.coordinator.registry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.CoordinatorScope;
import tongxing.coordinator.SkillLevel;
import tongxing.coordinator.WorkplaceType;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.ResidentIdNumber;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The coordinator register (协调员信息库): load within the caller's scope, register, correct, and
 * the import's upsert by ID number. Every write is audited with the ID number masked; an
 * in-house coordinator covers their own enterprise from the moment they are saved.
 */
@Service
public class CoordinatorRegistry {

    static final String COLUMNS = """
            c.id, c.name, c.id_number_enc, c.male, c.birth_date, c.phone_enc, c.region_code, c.workplace_type,
            c.enterprise_uscc, c.post_name, c.full_time, c.instructor, c.skill_level, c.certificate_no,
            c.certificate_date, c.certificate_body, c.appointed_on, c.user_id, c.updated_at, c.version""";

    /** What an upsert did to the stored record. */
    public enum Outcome { INSERTED, UPDATED, UNCHANGED }

    private final JdbcClient jdbc;
    private final CoordinatorValidation validation;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Texts texts;

    CoordinatorRegistry(JdbcClient jdbc, CoordinatorValidation validation, PersonalDataCipher cipher, AuditLog audit,
                        ApplicationEventPublisher events, Texts texts) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.texts = texts;
    }

    public Optional<Coordinator> find(Scope scope, long id) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql("SELECT " + COLUMNS + " FROM coordinator c WHERE c.id = :id AND " + s.sql())
                .param("id", id).params(s.params()).query(this::map).optional();
    }

    public Optional<Coordinator> findByIdNumber(Scope scope, String idNumber) {
        CoordinatorScope s = CoordinatorScope.of(scope, "c");
        return jdbc.sql("SELECT " + COLUMNS + " FROM coordinator c WHERE c.id_number_hash = :hash AND " + s.sql())
                .param("hash", cipher.searchHash(idNumber)).params(s.params()).query(this::map).optional();
    }

    @Transactional
    public Coordinator create(Scope scope, CoordinatorData data) {
        CoordinatorData d = requireValid(scope, data);
        requireManageable(scope, d.regionCode());
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO coordinator (name, id_number_enc, id_number_hash, male, birth_date, phone_enc, region_code,
                                workplace_type, enterprise_uscc, post_name, full_time, instructor, skill_level, certificate_no,
                                certificate_date, certificate_body, appointed_on)
                            VALUES (:name, :idEnc, :idHash, :male, :birth, :phone, :region, :workplace, :uscc, :post,
                                :fullTime, :instructor, :level, :certNo, :certDate, :certBody, :appointed)
                            RETURNING id""")
                    .params(params(d)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("idNumber", texts.get("coordinator.error.idNumberTaken", Masking.idNumber(d.idNumber())));
        }
        syncOwnEnterprise(id, d);
        Coordinator created = find(Scope.province(), id).orElseThrow();
        audit.record(AuditAction.CREATE, "coordinator", Long.toString(id), "新增协调员：" + d.name(), null, auditView(created));
        return created;
    }

    @Transactional
    public Coordinator update(Scope scope, long id, int expectedVersion, CoordinatorData data) {
        Coordinator before = find(scope, id).orElseThrow(CoordinatorNotFoundException::new);
        requireManageable(scope, before.regionCode());
        CoordinatorData d = requireValid(scope, data);
        requireManageable(scope, d.regionCode());
        int updated;
        try {
            updated = jdbc.sql("""
                            UPDATE coordinator SET name = :name, id_number_enc = :idEnc, id_number_hash = :idHash, male = :male,
                                birth_date = :birth, phone_enc = :phone, region_code = :region, workplace_type = :workplace,
                                enterprise_uscc = :uscc, post_name = :post, full_time = :fullTime, instructor = :instructor,
                                skill_level = :level, certificate_no = :certNo, certificate_date = :certDate,
                                certificate_body = :certBody, appointed_on = :appointed, updated_at = now(), version = version + 1
                            WHERE id = :id AND version = :version""")
                    .params(params(d)).param("id", id).param("version", expectedVersion).update();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("idNumber", texts.get("coordinator.error.idNumberOther", Masking.idNumber(d.idNumber())));
        }
        if (updated == 0) throw new OptimisticLockException(texts.get("coordinator.what", before.name()));
        syncOwnEnterprise(id, d);
        Coordinator after = find(Scope.province(), id).orElseThrow();
        auditChange(before, after);
        return after;
    }

    /**
     * The import's write: a new ID number registers a coordinator, a known one (within the scope)
     * is updated only where something differs, so the same file twice changes nothing.
     */
    @Transactional
    public Outcome upsert(Scope scope, CoordinatorData data) {
        CoordinatorData d = data.normalized();
        Optional<Coordinator> existing = jdbc.sql("SELECT " + COLUMNS + " FROM coordinator c WHERE c.id_number_hash = :hash")
                .param("hash", cipher.searchHash(d.idNumber())).query(this::map).optional();
        if (existing.isEmpty()) {
            create(scope, d);
            return Outcome.INSERTED;
        }
        Coordinator c = existing.get();
        if (c.data().normalized().equals(d)) return Outcome.UNCHANGED;
        if (find(scope, c.id()).isEmpty())
            throw new ValidationException("idNumber", texts.get("coordinator.error.otherRegion"));
        update(scope, c.id(), c.version(), d);
        return Outcome.UPDATED;
    }

    /** Links the profile to a user account (a coordinator logs in and sees their own record). */
    @Transactional
    public void linkUser(long coordinatorId, Long userId) {
        jdbc.sql("UPDATE coordinator SET user_id = :user WHERE id = :id").param("user", userId).param("id", coordinatorId).update();
        audit.record(AuditAction.UPDATE, "coordinator", Long.toString(coordinatorId), "关联协调员账号", null,
                Map.of("userId", userId == null ? "" : userId.toString()));
    }

    private CoordinatorData requireValid(Scope scope, CoordinatorData data) {
        CoordinatorData d = data.normalized();
        List<Violation> violations = validation.check(d, scope);
        if (!violations.isEmpty()) throw new ValidationException(violations);
        return d;
    }

    void requireManageable(Scope scope, String regionCode) {
        if (!CoordinatorScope.mayManage(scope, regionCode))
            throw new ValidationException("regionCode", texts.get("coordinator.error.scope"));
    }

    /** 企业协调员 cover their own enterprise; moving to a grassroots post (or back) drops what no longer fits. */
    private void syncOwnEnterprise(long id, CoordinatorData d) {
        int changed;
        if (d.workplaceType() == WorkplaceType.ENTERPRISE) {
            changed = jdbc.sql("DELETE FROM coordinator_coverage WHERE coordinator_id = :id AND (source <> 'ENTERPRISE' OR uscc <> :uscc)")
                    .param("id", id).param("uscc", d.enterpriseUscc()).update();
            changed += jdbc.sql("""
                    INSERT INTO coordinator_coverage (coordinator_id, uscc, source) VALUES (:id, :uscc, 'ENTERPRISE')
                    ON CONFLICT (coordinator_id, uscc) DO NOTHING""").param("id", id).param("uscc", d.enterpriseUscc()).update();
        } else {
            changed = jdbc.sql("DELETE FROM coordinator_coverage WHERE coordinator_id = :id AND source = 'ENTERPRISE'").param("id", id).update();
        }
        // The coverage figures count these rows: they are recomputed once this transaction commits.
        if (changed > 0) events.publishEvent(new OwnEnterpriseCoverageChanged(id));
    }

    private Map<String, Object> params(CoordinatorData d) {
        ResidentIdNumber idNumber = new ResidentIdNumber(d.idNumber());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", d.name());
        p.put("idEnc", cipher.encrypt(d.idNumber()));
        p.put("idHash", cipher.searchHash(d.idNumber()));
        p.put("male", idNumber.male());
        p.put("birth", idNumber.birthDate());
        p.put("phone", cipher.encrypt(d.phone()));
        p.put("region", d.regionCode());
        p.put("workplace", d.workplaceType().name());
        p.put("uscc", d.enterpriseUscc());
        p.put("post", d.postName());
        p.put("fullTime", d.fullTime());
        p.put("instructor", d.instructor());
        p.put("level", d.skillLevel() == null ? null : d.skillLevel().name());
        p.put("certNo", d.certificateNo());
        p.put("certDate", d.certificateDate());
        p.put("certBody", d.certificateBody());
        p.put("appointed", d.appointedOn());
        return p;
    }

    private void auditChange(Coordinator before, Coordinator after) {
        Map<String, Object> b = auditView(before), a = auditView(after);
        b.keySet().removeIf(k -> Objects.equals(b.get(k), a.get(k)));
        a.keySet().removeIf(k -> !b.containsKey(k));
        audit.record(AuditAction.UPDATE, "coordinator", Long.toString(after.id()), "修改协调员：" + after.name(), b, a);
    }

    /** The values an audit entry shows: ID number and phone masked. */
    static Map<String, Object> auditView(Coordinator c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("idNumber", c.maskedIdNumber());
        m.put("phone", c.maskedPhone());
        m.put("regionCode", c.regionCode());
        m.put("workplaceType", c.workplaceType().name());
        m.put("enterpriseUscc", c.enterpriseUscc());
        m.put("postName", c.postName());
        m.put("fullTime", c.fullTime());
        m.put("instructor", c.instructor());
        m.put("skillLevel", c.skillLevel() == null ? null : c.skillLevel().name());
        m.put("certificateNo", c.certificateNo());
        m.put("certificateDate", c.certificateDate() == null ? null : c.certificateDate().toString());
        m.put("certificateBody", c.certificateBody());
        m.put("appointedOn", c.appointedOn().toString());
        return m;
    }

    Coordinator map(ResultSet rs, int n) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        return new Coordinator(rs.getLong("id"), rs.getString("name"), cipher.decrypt(rs.getString("id_number_enc")),
                rs.getBoolean("male"), rs.getObject("birth_date", LocalDate.class), cipher.decrypt(rs.getString("phone_enc")),
                rs.getString("region_code"), WorkplaceType.valueOf(rs.getString("workplace_type")),
                rs.getString("enterprise_uscc"), rs.getString("post_name"), rs.getBoolean("full_time"),
                rs.getBoolean("instructor"), SkillLevel.parse(rs.getString("skill_level")), rs.getString("certificate_no"),
                rs.getObject("certificate_date", LocalDate.class), rs.getString("certificate_body"),
                rs.getObject("appointed_on", LocalDate.class), userId, rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
