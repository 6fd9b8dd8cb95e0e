package tongxing.enterprise;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tongxing.platform.database.BinaryCopyRows;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final JdbcTemplate jdbcTemplate;

    EnterpriseLocations(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
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
        if (usccs.isEmpty()) return found;
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
        try {
            jdbc.sql("SELECT u.ord, e.region_code FROM " + (merge
                            ? "(SELECT x.uscc, x.ord FROM unnest(CAST(:usccs AS char(18)[])) WITH ORDINALITY AS x (uscc, ord) ORDER BY x.uscc) u"
                            : "unnest(CAST(:usccs AS char(18)[])) WITH ORDINALITY AS u (uscc, ord)")
                            + " JOIN enterprise e ON e.uscc = u.uscc")
                    .param("usccs", b.append('}').toString())
                    .query(rs -> {
                        String code = rs.getString(2);
                        found[(int) rs.getLong(1) - 1] = codes.computeIfAbsent(code, c -> c);
                    });
        } finally {
            if (merge) {
                setLocal("enable_hashjoin", hashJoin);
                setLocal("work_mem", workMem);
            }
        }
        return found;
    }

    /**
     * Every registered enterprise's USCC and region, in USCC order (byte order of the codes):
     * {@code usccs} holds 18 ASCII bytes a code, one after another; {@code regionOf[i]} is the
     * position in {@code regions} of the i-th code's region.
     */
    public record RegisteredCodes(byte[] usccs, short[] regionOf, List<String> regions) {
        public int size() {
            return regionOf.length;
        }
    }

    /**
     * Every registered USCC with its region, for a loader about to check most of the registry at
     * once (a whole month of a feed): one {@code COPY} out of the covering index in USCC order,
     * without a Java object per enterprise. Meant to be asked on a thread of its own while the
     * loader reads its file; it sees the committed registry.
     */
    public RegisteredCodes registeredInUsccOrder() {
        return jdbcTemplate.execute((ConnectionCallback<RegisteredCodes>) con -> {
            // Binary: the server sends the codes as they are stored, about half the time of text.
            CopyOut out = con.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT uscc, region_code FROM enterprise ORDER BY uscc) TO STDOUT (FORMAT binary)");
            byte[] usccs = new byte[18 * 1024];
            short[] regionOf = new short[1024];
            BinaryCopyRows.Codes regions = new BinaryCopyRows.Codes();
            int n = 0;
            byte[] row;
            boolean header = true;
            try {
                while ((row = out.readFromCopy()) != null) {
                    // The first message starts with the 19-byte file header; a row is a field count (2 bytes),
                    // then each field's length (4 bytes) and bytes; the last message is the trailer (-1).
                    int at = header ? BinaryCopyRows.HEADER_BYTES : 0;
                    header = false;
                    if (row.length - at < 2 || BinaryCopyRows.shortAt(row, at) != 2) continue;
                    int usccLength = BinaryCopyRows.intAt(row, at + 2), usccFrom = at + 6;
                    int regionLength = BinaryCopyRows.intAt(row, usccFrom + usccLength), regionFrom = usccFrom + usccLength + 4;
                    if (usccLength != 18 || regionLength < 0) continue; // a code of another length cannot match a checked USCC
                    short region = regions.indexOf(row, regionFrom, regionFrom + regionLength);
                    if (n == regionOf.length) {
                        regionOf = Arrays.copyOf(regionOf, n * 2);
                        usccs = Arrays.copyOf(usccs, n * 2 * 18);
                    }
                    System.arraycopy(row, usccFrom, usccs, n * 18, 18);
                    regionOf[n++] = region;
                }
            } finally {
                if (out.isActive()) out.cancelCopy();
            }
            return new RegisteredCodes(Arrays.copyOf(usccs, n * 18), Arrays.copyOf(regionOf, n), regions.names());
        });
    }

    /** About how many enterprises the registry holds (the planner's figure: no count over the table). */
    public long registeredEstimate() {
        return jdbc.sql("SELECT CAST(greatest(reltuples, 0) AS bigint) FROM pg_class WHERE oid = CAST('enterprise' AS regclass)")
                .query(Long.class).single();
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
