package tongxing.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Where registered enterprises are, for other modules' loaders and lists: given USCCs (a whole
 * month's feed at once), their region, industry section and name, in one set-based query. A
 * USCC absent from the answer is not in the registry. Callers apply the data scope themselves.
 */
@Service
public class EnterpriseLocations {

    /** A registered enterprise's region code, GB/T 4754 section letter and name. */
    public record Location(String regionCode, String industrySection, String name) {
    }

    private final JdbcClient jdbc;

    EnterpriseLocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Location> locate(Collection<String> usccs) {
        Map<String, Location> found = new HashMap<>(Math.max(16, usccs.size() * 2));
        if (usccs.isEmpty()) return found;
        jdbc.sql("""
                        SELECT e.uscc, e.region_code, e.industry_section, e.name
                        FROM enterprise e WHERE e.uscc = ANY (CAST(:usccs AS char(18)[]))""")
                .param("usccs", arrayLiteral(usccs))
                .query((rs, n) -> found.put(rs.getString(1),
                        new Location(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
        return found;
    }

    /**
     * The set-based form for loaders of whole months (hundreds of thousands of USCCs): for every
     * registered USCC of {@code source}, a temporary table of the caller's transaction with a
     * {@code uscc char(18)} column, inserts {@code (uscc, region_code)} into {@code target}, in one
     * statement, without the USCCs travelling through Java. USCCs absent from {@code target}
     * afterwards are not in the registry.
     *
     * @return the number of distinct registered USCCs written
     */
    public int locateInto(String source, String target) {
        return jdbc.sql("INSERT INTO " + identifier(target) + " (uscc, region_code) "
                        + "SELECT e.uscc, e.region_code FROM enterprise e WHERE e.uscc IN (SELECT s.uscc FROM " + identifier(source) + " s)")
                .update();
    }

    private static String identifier(String table) {
        if (table == null || !table.matches("[a-z_][a-z0-9_]{0,62}")) throw new IllegalArgumentException("not a table name: " + table);
        return table;
    }

    /**
     * Only the region of each registered USCC: the light form for loaders of whole months
     * (hundreds of thousands of USCCs in one query). A USCC absent from the answer is not registered.
     */
    public Map<String, String> regionsOf(Collection<String> usccs) {
        Map<String, String> found = new HashMap<>(Math.max(16, usccs.size() * 2));
        if (usccs.isEmpty()) return found;
        // A join, not "= ANY": a filter over an array of 400,000 parameters is searched linearly for every row.
        jdbc.sql("SELECT e.uscc, e.region_code FROM unnest(CAST(:usccs AS char(18)[])) AS u (uscc) JOIN enterprise e ON e.uscc = u.uscc")
                .param("usccs", arrayLiteral(usccs))
                .query(rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                });
        return found;
    }

    /**
     * The region of each USCC by position, for loaders of whole months: {@code result[i]} is the
     * region of {@code usccs.get(i)}, null when the registry does not know it. One query (a join on
     * {@code unnest … WITH ORDINALITY}), no map keyed by USCC on either side.
     */
    public String[] regionsAt(List<String> usccs) {
        String[] found = new String[usccs.size()];
        regionsInto(usccs, found, 0, upTo -> {
        });
        return found;
    }

    /**
     * {@link #regionsAt} for a loader that writes while the registry answers: {@code found[i]}
     * receives the region of {@code usccs.get(i)} (stays null when unknown), and {@code upTo} is
     * told, as the answer comes in, a position below which {@code found} is final (last: the size).
     * For USCCs in ascending order the answer arrives in that order, part by part; otherwise at once
     * at the end. Runs in a read-only transaction of its own (another connection), so it is meant
     * for a thread of the caller's besides the one that writes; it sees the committed registry.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public void regionsArriving(List<String> usccs, String[] found, IntConsumer upTo) {
        regionsInto(usccs, found, ARRIVING_PART, upTo);
    }

    /** Rows of the answer fetched at a time when it streams, and after how many the caller hears of them. */
    private static final int ARRIVING_PART = 8192;

    private void regionsInto(List<String> usccs, String[] found, int part, IntConsumer upTo) {
        if (usccs.isEmpty()) {
            upTo.accept(0);
            return;
        }
        StringBuilder b = new StringBuilder(usccs.size() * 19 + 2).append('{');
        for (String u : usccs) {
            if (b.length() > 1) b.append(',');
            b.append(plain(u) ? u : "NULL");
        }
        Map<String, String> codes = new HashMap<>();
        // Many USCCs in order (a loader's whole month): a merge join with the covering index, reading it once
        // in order, instead of the hash join the planner prefers, which hashes the whole registry first
        // (400,000 USCCs: 0.9 s against 1.8 s). The settings hold for the caller's transaction only, until reset below.
        boolean merge = usccs.size() >= MERGE_JOIN_FROM && ascending(usccs);
        String hashJoin = merge ? setLocal("enable_hashjoin", "off") : null;
        String workMem = merge ? setLocal("work_mem", "128MB") : null;
        int[] rows = {0};
        try {
            var query = jdbc.sql("SELECT u.ord, e.region_code FROM " + (merge
                            ? "(SELECT x.uscc, x.ord FROM unnest(CAST(:usccs AS char(18)[])) WITH ORDINALITY AS x (uscc, ord) ORDER BY x.uscc) u"
                            : "unnest(CAST(:usccs AS char(18)[])) WITH ORDINALITY AS u (uscc, ord)")
                            + " JOIN enterprise e ON e.uscc = u.uscc")
                    .param("usccs", b.append('}').toString());
            if (part > 0) query = query.withFetchSize(part);
            query.query(rs -> {
                String code = rs.getString(2);
                int at = (int) rs.getLong(1) - 1;
                found[at] = codes.computeIfAbsent(code, c -> c);
                // In a merge join the positions come in order: every position before this one is answered.
                if (merge && part > 0 && ++rows[0] % part == 0) upTo.accept(at);
            });
        } finally {
            if (merge) {
                setLocal("enable_hashjoin", hashJoin);
                setLocal("work_mem", workMem);
            }
        }
        upTo.accept(usccs.size());
    }

    /** From this many USCCs in order on, the registry is read by a merge join. */
    static final int MERGE_JOIN_FROM = 10_000;

    private static boolean ascending(List<String> usccs) {
        for (int i = 1; i < usccs.size(); i++) {
            String a = usccs.get(i - 1), b = usccs.get(i);
            if (a == null || b == null || a.compareTo(b) > 0) return false;
        }
        return true;
    }

    /** Sets a planner setting for the current transaction only (without one, for no statement after); returns the old value. */
    private String setLocal(String name, String value) {
        String old = jdbc.sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
        jdbc.sql("SELECT set_config(:name, :value, true)").param("name", name).param("value", value).query(String.class).single();
        return old;
    }

    /** A PostgreSQL array literal; USCCs that are not 18 plain characters cannot match and are left out. */
    private static String arrayLiteral(Collection<String> usccs) {
        StringBuilder b = new StringBuilder(usccs.size() * 19 + 2).append('{');
        for (String u : usccs) {
            if (!plain(u)) continue;
            if (b.length() > 1) b.append(',');
            b.append(u);
        }
        return b.append('}').toString();
    }

    /** 18 characters of 0-9 and A-Z (anything else cannot be a registered USCC nor is safe in an array literal). */
    private static boolean plain(String u) {
        if (u == null || u.length() != 18) return false;
        for (int i = 0; i < 18; i++) {
            char c = u.charAt(i);
            if ((c < '0' || c > '9') && (c < 'A' || c > 'Z')) return false;
        }
        return true;
    }
}
