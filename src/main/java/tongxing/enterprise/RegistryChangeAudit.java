package tongxing.enterprise;

import org.springframework.stereotype.Component;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.crypto.Masking;
import tongxing.platform.crypto.PersonalDataCipher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit of a bulk write (an import's commit, a batch of the data API): before the merge
 * overwrites them, each enterprise it will change is locked and recorded with the fields that
 * change, old and new, under the same names as a change made in the form. New enterprises are
 * counted by the import or the API call's own entry, not one by one.
 */
@Component
class RegistryChangeAudit {

    private static final int BATCH = 1_000;

    /**
     * The value as text, written for a table alias ({@code %1$s}), as {@link EnterpriseRegistry}'s
     * audit writes it; and the field name that audit gives it.
     */
    private static final String[][] FIELDS = {
            {"%1$s.name", "name"}, {"%1$s.region_code", "regionCode"}, {"%1$s.industry_code", "industryCode"},
            {"%1$s.ownership_code", "ownershipCode"}, {"%1$s.employees::text", "employees"}, {"%1$s.revenue::text", "revenue"},
            {"%1$s.assets::text", "assets"}, {"%1$s.size_class", "sizeClass"},
            {"%1$s.legal_representative", "legalRepresentative"}, {"%1$s.contact_person", "contactPerson"},
            {"%1$s.contact_phone_hash", "contactPhone"}, {"%1$s.address", "address"},
            {"%1$s.established_on::text", "establishedOn"}, {"%1$s.status", "status"},
            {"array_to_string(%1$s.tags, ',')", "tags"}};

    /** What makes a staged row a change; the merges update exactly these rows. */
    static final String CHANGED = """
            (e.name, e.region_code, e.industry_code, e.ownership_code, e.employees, e.revenue, e.assets,
             e.legal_representative, e.contact_person, e.contact_phone_hash, e.address, e.established_on, e.status, e.tags)
              IS DISTINCT FROM
            (s.name, s.region_code, s.industry_code, s.ownership_code, s.employees, s.revenue, s.assets,
             s.legal_representative, s.contact_person, s.contact_phone_hash, s.address, s.established_on, s.status, s.tags)""";

    private static final String SELECT;

    static {
        StringBuilder sides = new StringBuilder();
        for (String[] f : FIELDS) sides.append(", ").append(f[0].formatted("e")).append(", ").append(f[0].formatted("s"));
        SELECT = "SELECT e.uscc, e.contact_phone_enc, s.contact_phone_enc" + sides + " FROM enterprise e JOIN %s s ON s.uscc = e.uscc WHERE "
                + CHANGED + "%s ORDER BY e.uscc FOR UPDATE OF e";
    }

    private final AuditLog audit;
    private final PersonalDataCipher cipher;

    RegistryChangeAudit(AuditLog audit, PersonalDataCipher cipher) {
        this.audit = audit;
        this.cipher = cipher;
    }

    /**
     * Records the enterprises that merging {@code stage} (a table with the stage's columns) will
     * change, in the caller's transaction, and locks them until it ends. Where the stage may hold a
     * USCC more than once ({@code newestPerUscc}), its row of the highest {@code ord} is the one merged.
     *
     * @param action  what the entries record: {@code IMPORT}, {@code API_CALL}, or {@code UPDATE} for another bulk write
     * @param summary the entry's summary, with {@code %s} for the enterprise's new name
     * @param actor   who acts when nobody is logged in (the API client)
     * @return the number of enterprises recorded
     */
    int recordChanges(Connection con, String stage, boolean newestPerUscc, AuditAction action, String summary, String actor)
            throws SQLException {
        int recorded = 0;
        List<AuditLog.Entry> batch = new ArrayList<>();
        // Not a DISTINCT ON of the whole stage: only the rows that meet a registered enterprise are checked.
        String newest = newestPerUscc ? " AND NOT EXISTS (SELECT 1 FROM %s n WHERE n.uscc = s.uscc AND n.ord > s.ord)".formatted(stage) : "";
        try (var ps = con.prepareStatement(SELECT.formatted(stage, newest))) {
            ps.setFetchSize(BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(entry(rs, summary));
                    if (batch.size() == BATCH) {
                        audit.recordEach(actor, action, "enterprise", batch);
                        recorded += batch.size();
                        batch = new ArrayList<>();
                    }
                }
            }
        }
        audit.recordEach(actor, action, "enterprise", batch);
        return recorded + batch.size();
    }

    private AuditLog.Entry entry(ResultSet rs, String summary) throws SQLException {
        Map<String, Object> before = new LinkedHashMap<>(), after = new LinkedHashMap<>();
        String newName = null;
        for (int i = 0; i < FIELDS.length; i++) {
            String field = FIELDS[i][1];
            String old = rs.getString(4 + 2 * i), now = rs.getString(5 + 2 * i);
            if (field.equals("name")) newName = now;
            if (Objects.equals(old, now)) continue;
            if (field.equals("contactPhone")) { // the hashes differ: the masked numbers, as the form's audit shows them
                old = Masking.phone(cipher.decrypt(rs.getString(2)));
                now = Masking.phone(cipher.decrypt(rs.getString(3)));
            }
            before.put(field, old);
            after.put(field, now);
        }
        return new AuditLog.Entry(rs.getString(1), summary.formatted(newName), before, after);
    }
}
