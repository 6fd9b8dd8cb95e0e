package tongxing.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.platform.security.Scope;
import tongxing.platform.security.ScopeSql;
import tongxing.platform.sizeclass.SizeClass;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A read API for programs that measure how much of the registry they reach (e.g. the coordinators'
 * coverage, 覆盖率): active enterprises of given size classes, counted by region, and which of them
 * are outside a set of USCCs the caller brings. The registry's table stays inside this module.
 */
@Service
public class EnterpriseCoverageQuery {

    private static final Pattern USCC_CHARS = Pattern.compile("[0-9A-Z]{18}");

    /**
     * Which enterprises count: status ACTIVE, one of the size classes, optionally carrying a tag.
     *
     * @param tag null for all; otherwise only enterprises tagged with it
     */
    public record Universe(Set<SizeClass> sizes, String tag) {
        public Universe {
            if (sizes.isEmpty()) throw new IllegalArgumentException("at least one size class");
            sizes = Set.copyOf(sizes);
            tag = tag == null || tag.isBlank() ? null : tag.trim();
        }
    }

    /** One region's count: enterprises of the universe, and how many of them are in the given set. */
    public record RegionTally(String regionCode, long enterprises, long inSet) {
    }

    /** One region's enterprises of one size class, how many of them a set holds, and how many of those it marks. */
    public record SizeTally(String regionCode, SizeClass sizeClass, long enterprises, long inSet, long marked) {
    }

    /** An enterprise as the drill-down lists show it. */
    public record Brief(long id, String uscc, String name, String regionCode, SizeClass sizeClass, Integer employees) {
    }

    /**
     * A set of USCCs the caller defines in SQL over its own tables (one {@code char(18)} column named
     * {@code uscc}), so that a large set (hundreds of thousands of covered enterprises) never travels
     * through Java: this module wraps it in a subquery and joins it to the registry in one statement.
     * The text must be the caller's constant SQL; values go in {@code params}, whose names must not
     * clash with this class's ({@code sizes}, {@code tag}, {@code region}, {@code set}, the scope's).
     */
    public record UsccSource(String sql, Map<String, Object> params) {
        public UsccSource {
            params = Map.copyOf(params);
        }
    }

    /**
     * As {@link UsccSource}, each USCC at most once and with a boolean column {@code marked}: a set and a
     * subset of it in one (e.g. every covered enterprise, marked when a grassroots coordinator covers it).
     */
    public record MarkedUsccSource(String sql, Map<String, Object> params) {
        public MarkedUsccSource {
            params = Map.copyOf(params);
        }
    }

    private final JdbcClient jdbc;

    EnterpriseCoverageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per region within the scope (regions without enterprises are absent). */
    public List<RegionTally> tally(Scope scope, Universe universe, Collection<String> usccs) {
        Where w = where(scope, universe, null);
        return jdbc.sql("""
                        SELECT e.region_code, count(*) AS total,
                               count(*) FILTER (WHERE e.uscc = ANY (CAST(:set AS char(18)[]))) AS in_set
                        FROM enterprise e WHERE\s""" + w.sql + " GROUP BY e.region_code ORDER BY e.region_code")
                .params(w.params).param("set", arrayLiteral(usccs))
                .query((rs, n) -> new RegionTally(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** How many enterprises of the universe (in a region, or all the scope sees when null) are not in the set. */
    public long countOutside(Scope scope, Universe universe, String regionCode, Collection<String> usccs) {
        Where w = where(scope, universe, regionCode);
        return jdbc.sql("SELECT count(*) FROM enterprise e WHERE " + w.sql
                        + " AND NOT (e.uscc = ANY (CAST(:set AS char(18)[])))")
                .params(w.params).param("set", arrayLiteral(usccs)).query(Long.class).single();
    }

    /** The enterprises not in the set, by region and name; {@code limit} 0 means all of them. */
    public void outside(Scope scope, Universe universe, String regionCode, Collection<String> usccs, int offset, int limit,
                        Consumer<Brief> sink) {
        Where w = where(scope, universe, regionCode);
        String paging = limit > 0 ? " LIMIT " + limit + " OFFSET " + Math.max(0, offset) : "";
        try (var rows = jdbc.sql("""
                        SELECT e.id, e.uscc, e.name, e.region_code, e.size_class, e.employees FROM enterprise e
                        WHERE\s""" + w.sql + " AND NOT (e.uscc = ANY (CAST(:set AS char(18)[]))) ORDER BY e.region_code, e.id"
                        + paging)
                .params(w.params).param("set", arrayLiteral(usccs))
                .query((rs, n) -> {
                    int emp = rs.getInt(6);
                    return new Brief(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            SizeClass.valueOf(rs.getString(5)), rs.wasNull() ? null : emp);
                }).stream()) {
            rows.forEach(sink);
        }
    }

    /**
     * Per region and size class within the scope (and the region, unless null): how many enterprises
     * of the universe there are, how many of them the set holds and how many of those it marks. One
     * statement, one pass over the universe: the set is joined once (each USCC at most once), so
     * several indicators over the same set cost no more than one.
     * <p>
     * Planned serially: with {@code enterprise_active_uscc_cover_idx} and a set that has an index in USCC
     * order, the whole registry is a merge join of two index-only scans (about 0.7 s of one core at a
     * million enterprises); a parallel plan hashes instead and costs twice the CPU for about the same
     * time on two cores, which the pages served meanwhile share.
     */
    @Transactional
    public List<SizeTally> tallyBySize(Scope scope, Universe universe, String regionCode, MarkedUsccSource set) {
        Where w = where(scope, universe, regionCode);
        Map<String, Object> before = jdbc.sql("""
                SELECT b.parallel, b.jit, set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true)
                FROM (SELECT current_setting('max_parallel_workers_per_gather') AS parallel, current_setting('jit') AS jit OFFSET 0) b""")
                .query().singleRow();
        List<SizeTally> tallies = jdbc.sql("""
                        SELECT e.region_code, e.size_class, count(*) AS total, count(s.uscc) AS in_set,
                               count(*) FILTER (WHERE s.marked) AS marked
                        FROM enterprise e LEFT JOIN (%s) s ON s.uscc = e.uscc
                        WHERE %s
                        GROUP BY e.region_code, e.size_class""".formatted(set.sql(), w.sql))
                .params(w.params).params(set.params())
                .query((rs, n) -> new SizeTally(rs.getString(1), SizeClass.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).list();
        // Back to what the caller's transaction had.
        jdbc.sql("SELECT set_config('max_parallel_workers_per_gather', :parallel, true), set_config('jit', :jit, true)")
                .param("parallel", before.get("parallel")).param("jit", before.get("jit")).query().singleRow();
        return tallies;
    }

    /** As {@link #countOutside(Scope, Universe, String, Collection)}, with the set given in SQL. */
    public long countOutside(Scope scope, Universe universe, String regionCode, UsccSource set) {
        Where w = where(scope, universe, regionCode);
        return jdbc.sql("SELECT count(*) FROM enterprise e WHERE " + w.sql
                        + " AND NOT EXISTS (SELECT 1 FROM (" + set.sql() + ") x WHERE x.uscc = e.uscc)")
                .params(w.params).params(set.params()).query(Long.class).single();
    }

    /**
     * The enterprises of the universe not in the set, by region and newest first; {@code limit} 0 means all
     * of them. That order is the one of {@code enterprise_region_id_idx}, so a page walks the index and
     * tests the set for the rows it passes (an index probe each) until the page is full, instead of
     * finding and sorting every enterprise outside the set.
     */
    public void outside(Scope scope, Universe universe, String regionCode, UsccSource set, int offset, int limit,
                        Consumer<Brief> sink) {
        Where w = where(scope, universe, regionCode);
        String paging = limit > 0 ? " LIMIT " + limit + " OFFSET " + Math.max(0, offset) : "";
        try (var rows = jdbc.sql("""
                        SELECT e.id, e.uscc, e.name, e.region_code, e.size_class, e.employees FROM enterprise e
                        WHERE\s""" + w.sql + " AND NOT EXISTS (SELECT 1 FROM (" + set.sql() + ") x WHERE x.uscc = e.uscc)"
                        + " ORDER BY e.region_code, e.id DESC" + paging)
                .params(w.params).params(set.params())
                .query((rs, n) -> {
                    int emp = rs.getInt(6);
                    return new Brief(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            SizeClass.valueOf(rs.getString(5)), rs.wasNull() ? null : emp);
                }).stream()) {
            rows.forEach(sink);
        }
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Scope scope, Universe universe, String regionCode) {
        ScopeSql s = ScopeSql.forEnterpriseRows(scope, "e.region_code", "e.uscc");
        Map<String, Object> p = new HashMap<>(s.params());
        StringBuilder sql = new StringBuilder("e.status = 'ACTIVE' AND e.size_class IN (:sizes) AND ").append(s.sql());
        p.put("sizes", universe.sizes().stream().map(Enum::name).toList());
        if (universe.tag() != null) {
            sql.append(" AND :tag = ANY (e.tags)");
            p.put("tag", universe.tag());
        }
        if (regionCode != null) {
            sql.append(" AND e.region_code = :region");
            p.put("region", regionCode);
        }
        return new Where(sql.toString(), p);
    }

    /** USCCs travel as one array parameter; anything that is not a USCC is dropped. */
    private static String arrayLiteral(Collection<String> usccs) {
        StringBuilder sb = new StringBuilder("{");
        for (String u : usccs) {
            if (u == null || !USCC_CHARS.matcher(u).matches()) continue;
            if (sb.length() > 1) sb.append(',');
            sb.append(u);
        }
        return sb.append('}').toString();
    }
}
