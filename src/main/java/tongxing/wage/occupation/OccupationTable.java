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
 * The occupation codes (职业分类大典 2022) in memory: read at start and again after every change the
 * office makes ({@link #reload}, called once the change has committed). A survey record must name a
 * recordable code: one that is in the table, not disabled (停用), and has no loaded child (a unit, or a
 * group whose units are not loaded yet; a group with children, even disabled ones, asks for a child).
 */
@Service
public class OccupationTable {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    OccupationTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // Read now, not on first use: the upload asks for codes while its connection is busy with a COPY,
        // and a lazy read inside that transaction would wait on the same connection for ever.
        this.snapshot = read();
    }

    private record Snapshot(Map<String, Occupation> byCode, Set<String> parents) {
    }

    /** Reads the table again; call after a change has committed (not inside a transaction that is streaming a COPY). */
    public void reload() {
        snapshot = read();
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(code == null ? null : load().byCode().get(code));
    }

    public boolean isRecordable(String code) {
        Snapshot s = load();
        Occupation o = code == null ? null : s.byCode().get(code);
        return o != null && !o.disabled() && !s.parents().contains(code);
    }

    /** Whether the code has loaded children (a record naming it must name one of them instead). */
    public boolean hasChildren(String code) {
        return code != null && load().parents().contains(code);
    }

    /** Every code in classification order. */
    public List<Occupation> all() {
        return List.copyOf(load().byCode().values());
    }

    public List<Occupation> recordable() {
        Snapshot s = load();
        return s.byCode().values().stream().filter(o -> !o.disabled() && !s.parents().contains(o.code())).toList();
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
        return s != null ? s : (snapshot = read());
    }

    private Snapshot read() {
        Map<String, Occupation> byCode = new LinkedHashMap<>();
        Set<String> parents = new HashSet<>();
        jdbc.sql("SELECT code, parent_code, level, name, gbm_code, disabled FROM wage_occupation ORDER BY code COLLATE \"C\"")
                .query((rs, n) -> new Occupation(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)))
                .list().forEach(o -> {
                    byCode.put(o.code(), o);
                    if (o.parentCode() != null) parents.add(o.parentCode());
                });
        return new Snapshot(Collections.unmodifiableMap(byCode), Set.copyOf(parents));
    }
}
