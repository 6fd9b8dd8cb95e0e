package tongxing.wage.occupation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The occupation codes of V61 (职业分类大典 2022), read once: the table only changes with a migration.
 * A survey record must name a recordable code: one that is in the table and has no loaded child
 * (a unit, or a middle group whose units are not loaded yet; see V61 for what is missing).
 */
@Service
public class OccupationTable {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    OccupationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // Read now, not on first use: the upload asks for codes while its connection is busy with a COPY,
        // and a lazy read inside that transaction would wait on the same connection for ever.
        this.snapshot = load();
    }

    private record Snapshot(Map<String, Occupation> byCode, Set<String> parents) {
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(code == null ? null : load().byCode().get(code));
    }

    public boolean isRecordable(String code) {
        Snapshot s = load();
        return code != null && s.byCode().containsKey(code) && !s.parents().contains(code);
    }

    /** Every code in classification order. */
    public List<Occupation> all() {
        return List.copyOf(load().byCode().values());
    }

    public List<Occupation> recordable() {
        Snapshot s = load();
        return s.byCode().values().stream().filter(o -> !s.parents().contains(o.code())).toList();
    }

    public String name(String code) {
        return find(code).map(Occupation::name).orElse(code);
    }

    /** "４－０７" or "4—07 " as typed in Excel becomes "4-07". */
    public static String normalize(String raw) {
        if (raw == null) return null;
        StringBuilder sb = new StringBuilder();
        for (char ch : raw.strip().toCharArray()) {
            if (ch >= '０' && ch <= '９') sb.append((char) ('0' + (ch - '０')));
            else if (ch == '－' || ch == '—' || ch == '–' || ch == '‐' || ch == '_') sb.append('-');
            else if (!Character.isWhitespace(ch)) sb.append(ch);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private Snapshot load() {
        Snapshot s = snapshot;
        if (s != null) return s;
        Map<String, Occupation> byCode = new LinkedHashMap<>();
        Set<String> parents = new HashSet<>();
        jdbc.sql("SELECT code, parent_code, level, name FROM wage_occupation ORDER BY code")
                .query((rs, n) -> new Occupation(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list().forEach(o -> {
                    byCode.put(o.code(), o);
                    if (o.parentCode() != null) parents.add(o.parentCode());
                });
        s = new Snapshot(Collections.unmodifiableMap(byCode), Set.copyOf(parents));
        snapshot = s;
        return s;
    }
}
