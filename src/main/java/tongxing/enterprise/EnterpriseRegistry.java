package tongxing.enterprise;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.enterprise.search.EnterpriseCounts;
import tongxing.enterprise.search.NameGrams;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.i18n.Texts;
import tongxing.platform.identity.Uscc;
import tongxing.platform.industry.Industries;
import tongxing.platform.industry.Industry;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.sizeclass.SizeClass;
import tongxing.platform.sizeclass.SizeClassifier;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry's public API: load an enterprise within the caller's data scope, create and
 * change one with validation, size class, audit and optimistic locking.
 */
@Service
public class EnterpriseRegistry {

    static final String COLUMNS = """
            e.id, e.uscc, e.name, e.region_code, e.industry_code, e.industry_division, e.industry_section,
            e.ownership_code, e.employees, e.revenue, e.assets, e.size_class, e.legal_representative,
            e.contact_person, e.contact_phone_enc, e.address, e.established_on, e.status, e.tags, e.source,
            e.created_at, e.updated_at, e.version""";

    private final JdbcClient jdbc;
    private final EnterpriseValidation validation;
    private final SizeClassifier sizeClassifier;
    private final Industries industries;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EnterpriseCounts counts;
    private final Texts texts;

    EnterpriseRegistry(JdbcClient jdbc, EnterpriseValidation validation, SizeClassifier sizeClassifier,
                       Industries industries, PersonalDataCipher cipher, AuditLog audit, ApplicationEventPublisher events,
                       EnterpriseCounts counts, Texts texts) {
        this.counts = counts;
        this.texts = texts;
        this.jdbc = jdbc;
        this.validation = validation;
        this.sizeClassifier = sizeClassifier;
        this.industries = industries;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Enterprise> find(Scope scope, String uscc) {
        return findWhere(scope, "e.uscc = :key", Uscc.normalize(uscc));
    }

    public Optional<Enterprise> findById(Scope scope, long id) {
        return findWhere(scope, "e.id = :key", id);
    }

    /** Names of the given enterprises that the scope may see, for other modules' lists. */
    public Map<String, String> names(Scope scope, List<String> usccs) {
        if (usccs.isEmpty()) return Map.of();
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT e.uscc, e.name FROM enterprise e WHERE e.uscc IN (:usccs) AND " + s.sql())
                .param("usccs", usccs).params(s.params())
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    @Transactional
    public Enterprise create(Scope scope, EnterpriseData data, String source) {
        EnterpriseData d = normalize(data);
        requireValid(d);
        requireWritable(scope, d.regionCode());
        SizeClass size = sizeClassifier.classify(d.industryCode(), d.employees(), d.revenue(), d.assets()).sizeClass();
        Industry industry = industries.findAssignable(d.industryCode()).orElseThrow();
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO enterprise (uscc, name, region_code, industry_code, industry_division, industry_section,
                                ownership_code, employees, revenue, assets, size_class, legal_representative, contact_person,
                                contact_phone_enc, contact_phone_hash, address, established_on, status, tags, source, name_grams)
                            VALUES (:uscc, :name, :region, :industry, :division, :section, :ownership, :employees, :revenue,
                                :assets, :size, :legalRep, :contactPerson, :phone, :phoneHash, :address, :established, :status,
                                CAST(:tags AS text[]), :source, CAST(:nameGrams AS int[]))
                            RETURNING id""")
                    .params(params(d, industry, size)).param("source", source)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ValidationException("uscc", texts.get("enterprise.error.usccTaken", d.uscc()));
        }
        Enterprise created = findById(Scope.province(), id).orElseThrow();
        counts.registryChanged();
        audit.record(AuditAction.CREATE, "enterprise", d.uscc(), "新增企业：" + d.name(), null, auditView(created));
        events.publishEvent(new EnterpriseRegistered(d.uscc(), d.name(), d.regionCode(), source));
        return created;
    }

    @Transactional
    public Enterprise update(Scope scope, long id, int expectedVersion, EnterpriseData data) {
        Enterprise before = findById(scope, id).orElseThrow(EnterpriseNotFoundException::new);
        EnterpriseData d = normalize(data);
        requireValid(d);
        if (!before.uscc().equals(d.uscc())) throw new ValidationException("uscc", texts.get("enterprise.error.usccReadonly"));
        requireWritable(scope, before.regionCode());
        requireWritable(scope, d.regionCode());
        SizeClass size = sizeClassifier.classify(d.industryCode(), d.employees(), d.revenue(), d.assets()).sizeClass();
        Industry industry = industries.findAssignable(d.industryCode()).orElseThrow();
        int updated = jdbc.sql("""
                        UPDATE enterprise SET name = :name, name_grams = CAST(:nameGrams AS int[]), region_code = :region,
                            industry_code = :industry,
                            industry_division = :division, industry_section = :section, ownership_code = :ownership,
                            employees = :employees, revenue = :revenue, assets = :assets, size_class = :size,
                            legal_representative = :legalRep, contact_person = :contactPerson, contact_phone_enc = :phone,
                            contact_phone_hash = :phoneHash,
                            address = :address, established_on = :established, status = :status,
                            tags = CAST(:tags AS text[]), updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(params(d, industry, size)).param("id", id).param("version", expectedVersion)
                .update();
        if (updated == 0) throw new OptimisticLockException(texts.get("enterprise.lockedRecord", before.name()));
        Enterprise after = findById(Scope.province(), id).orElseThrow();
        Map<String, Object> b = auditView(before), a = auditView(after);
        b.keySet().removeIf(k -> Objects.equals(b.get(k), a.get(k)));
        a.keySet().removeIf(k -> !b.containsKey(k));
        counts.registryChanged();
        audit.record(AuditAction.UPDATE, "enterprise", before.uscc(), "修改企业：" + after.name(), b, a);
        if (!before.regionCode().equals(after.regionCode()) || before.sizeClass() != after.sizeClass()
                || !Objects.equals(before.status(), after.status()))
            events.publishEvent(new EnterpriseReclassified(after.uscc(), before.regionCode(), after.regionCode(),
                    before.sizeClass(), after.sizeClass(), before.status(), after.status()));
        return after;
    }

    EnterpriseData normalize(EnterpriseData d) {
        return new EnterpriseData(Uscc.normalize(d.uscc()), trim(d.name()), trim(d.regionCode()), trim(d.industryCode()),
                trim(d.ownershipCode()), d.employees(), d.revenue(), d.assets(), trim(d.legalRepresentative()),
                trim(d.contactPerson()), trim(d.contactPhone()), trim(d.address()), d.establishedOn(), d.status(), d.tags());
    }

    private void requireValid(EnterpriseData d) {
        List<Violation> violations = validation.check(d);
        if (!violations.isEmpty()) throw new ValidationException(violations);
    }

    private void requireWritable(Scope scope, String regionCode) {
        if (!ScopeSql.mayWriteRegion(scope, regionCode))
            throw new ValidationException("regionCode", texts.get("enterprise.error.outsideRegion"));
    }

    private Map<String, Object> params(EnterpriseData d, Industry industry, SizeClass size) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("uscc", d.uscc());
        p.put("name", d.name());
        p.put("nameGrams", NameGrams.literal(d.name()));
        p.put("region", d.regionCode());
        p.put("industry", industry.code());
        p.put("division", industry.division());
        p.put("section", industry.section());
        p.put("ownership", d.ownershipCode());
        p.put("employees", d.employees());
        p.put("revenue", d.revenue());
        p.put("assets", d.assets());
        p.put("size", size.name());
        p.put("legalRep", d.legalRepresentative());
        p.put("contactPerson", d.contactPerson());
        p.put("phone", cipher.encrypt(d.contactPhone()));
        p.put("phoneHash", cipher.searchHash(d.contactPhone()));
        p.put("address", d.address());
        p.put("established", d.establishedOn());
        p.put("status", d.status());
        p.put("tags", toArrayLiteral(d.tags()));
        return p;
    }

    /** The values an audit entry shows; the phone is masked there too. */
    private static Map<String, Object> auditView(Enterprise e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uscc", e.uscc());
        m.put("name", e.name());
        m.put("regionCode", e.regionCode());
        m.put("industryCode", e.industryCode());
        m.put("ownershipCode", e.ownershipCode());
        m.put("employees", e.employees());
        m.put("revenue", e.revenue() == null ? null : e.revenue().toPlainString());
        m.put("assets", e.assets() == null ? null : e.assets().toPlainString());
        m.put("sizeClass", e.sizeClass().name());
        m.put("legalRepresentative", e.legalRepresentative());
        m.put("contactPerson", e.contactPerson());
        m.put("contactPhone", tongxing.platform.crypto.Masking.phone(e.contactPhone()));
        m.put("address", e.address());
        m.put("establishedOn", e.establishedOn() == null ? null : e.establishedOn().toString());
        m.put("status", e.status());
        m.put("tags", String.join(",", e.tags()));
        return m;
    }

    /** A PostgreSQL text[] literal with every element quoted. */
    static String toArrayLiteral(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append('}').toString();
    }

    private Optional<Enterprise> findWhere(Scope scope, String condition, Object key) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE " + condition + " AND " + s.sql())
                .param("key", key).params(s.params())
                .query(this::map).optional();
    }

    Enterprise map(ResultSet rs, int row) throws SQLException {
        int employees = rs.getInt("employees");
        Integer emp = rs.wasNull() ? null : employees;
        Array tags = rs.getArray("tags");
        Timestamp created = rs.getTimestamp("created_at"), updated = rs.getTimestamp("updated_at");
        return new Enterprise(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"), rs.getString("region_code"),
                rs.getString("industry_code"), rs.getString("industry_division"), rs.getString("industry_section"),
                rs.getString("ownership_code"), emp, rs.getBigDecimal("revenue"), rs.getBigDecimal("assets"),
                SizeClass.valueOf(rs.getString("size_class")), rs.getString("legal_representative"),
                rs.getString("contact_person"), cipher.decrypt(rs.getString("contact_phone_enc")), rs.getString("address"),
                rs.getObject("established_on", java.time.LocalDate.class), rs.getString("status"),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), rs.getString("source"),
                created.toInstant(), updated.toInstant(), rs.getInt("version"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
