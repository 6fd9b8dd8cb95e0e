package tongxing.wage.validation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference pools of the outlier check, kept in memory: per survey year and unit occupation,
 * ln(annual pay) of every stored record, sorted. A pool is valid for one version of the stored
 * records ({@code wage_record_pool_version}, raised by a statement trigger on every write to
 * {@code wage_employee_record}, whoever writes), so a pool is never used once anything changed the
 * records since it was read; an upload that replaces records moves the pools it read forward by its
 * own change after commit, so the next upload needs no read at all. Without that, each upload
 * re-read and sorted the whole year (quadratic over a survey, see bench/README.md, Bench 5).
 */
@Component
class RecordPools {

    private record Key(int year, String occupation) {
    }

    private record Pool(long version, double[] sorted) {
    }

    /** The pools of the years checked lately; a year's pools are a few MB for a million records. */
    static final int MAX_YEARS = 3;

    private final JdbcClient jdbc;
    private final Map<Key, Pool> pools = new ConcurrentHashMap<>();

    RecordPools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of the stored records as this transaction sees them. */
    long version() {
        return jdbc.sql("SELECT version FROM wage_record_pool_version").query(Long.class).single();
    }

    /** Takes the version row until commit: nobody else changes the records until then, so the change is ours alone. */
    long lock() {
        return jdbc.sql("SELECT version FROM wage_record_pool_version FOR UPDATE").query(Long.class).single();
    }

    /** The sorted pools of the occupations in the year, current for {@code version}; missing ones are read in one statement. */
    Map<String, double[]> current(int year, Collection<String> occupations, long version) {
        Map<String, double[]> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String o : occupations) {
            Pool p = pools.get(new Key(year, o));
            if (p != null && p.version() == version) out.put(o, p.sorted());
            else missing.add(o);
        }
        if (!missing.isEmpty()) out.putAll(read(year, missing));
        return out;
    }

    private Map<String, double[]> read(int year, List<String> occupations) {
        Map<String, DoubleList> read = new HashMap<>();
        long[] version = {-1};
        // the version and the values in one statement: one snapshot
        jdbc.sql("""
                        SELECT (SELECT version FROM wage_record_pool_version) AS version, occupation_code,
                               ln(annual_pay::float8) AS lp
                        FROM wage_employee_record
                        WHERE year = :year AND occupation_code IN (:occupations) AND annual_pay > 0
                        ORDER BY occupation_code, lp""")
                .param("year", year).param("occupations", occupations)
                .query((ResultSet rs) -> {
                    version[0] = rs.getLong(1);
                    read.computeIfAbsent(rs.getString(2), k -> new DoubleList()).add(rs.getDouble(3));
                });
        Map<String, double[]> out = new HashMap<>();
        for (String o : occupations) out.put(o, read.containsKey(o) ? read.get(o).toArray() : new double[0]);
        if (version[0] < 0) version[0] = version();
        evictOtherYears(year);
        for (Map.Entry<String, double[]> e : out.entrySet()) pools.put(new Key(year, e.getKey()), new Pool(version[0], e.getValue()));
        return out;
    }

    /**
     * After the commit of a change that moved the records from version {@code before} to {@code after}
     * and, in the year, replaced the values {@code removed} by {@code added} (sorted, per occupation):
     * pools current at {@code before} become current at {@code after}; any other is dropped.
     */
    synchronized void committed(int year, long before, long after, Map<String, double[]> removed, Map<String, double[]> added) {
        for (Map.Entry<Key, Pool> e : pools.entrySet()) {
            Key k = e.getKey();
            Pool p = e.getValue();
            if (p.version() != before) {
                pools.remove(k, p);
            } else if (k.year() == year && (removed.containsKey(k.occupation()) || added.containsKey(k.occupation()))) {
                pools.replace(k, p, new Pool(after, RobustSpread.combine(p.sorted(),
                        removed.getOrDefault(k.occupation(), new double[0]), added.getOrDefault(k.occupation(), new double[0]))));
            } else {
                pools.replace(k, p, new Pool(after, p.sorted()));
            }
        }
    }

    private void evictOtherYears(int year) {
        List<Integer> years = pools.keySet().stream().map(Key::year).distinct().filter(y -> y != year).toList();
        if (years.size() >= MAX_YEARS) pools.keySet().removeIf(k -> k.year() != year);
    }

    /** A growable array of doubles (a pool is up to a million values). */
    static final class DoubleList {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
