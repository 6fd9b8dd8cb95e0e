package tongxing.wage.guideline;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The employee records a guideline edition is computed from (those of the year's ACCEPTED
 * enterprises), held as columns of primitive arrays in ascending order of annual pay: a million
 * records take about 30 MB and no object per record. Strings (occupation codes, dimension values)
 * are numbered once; a record holds their numbers.
 *
 * <p>Read with two statements: the accepted enterprises with their dimensions (a few thousand
 * rows), then only the columns the cells need of every record, streamed with a fetch size. Pay
 * travels as a whole number of fen, exact, and is turned into the {@code float8} PostgreSQL's
 * {@code percentile_cont} sorts: {@code fen / 100.0} is the double nearest to the decimal, as
 * the cast of the numeric is.
 */
final class YearRecords {

    private static final String ENTERPRISES = """
            SELECT id, industry_section, region_code, size_class, ownership_code
            FROM wage_survey_enterprise WHERE year = :year AND status = 'ACCEPTED' ORDER BY id""";

    private static final String RECORDS = """
            SELECT r.survey_enterprise_id, CAST(r.annual_pay * 100 AS bigint) AS fen, r.occupation_code,
                   r.skill_level, r.title_level
            FROM wage_employee_record r JOIN wage_survey_enterprise e ON e.id = r.survey_enterprise_id
            WHERE e.year = :year AND e.status = 'ACCEPTED' AND r.year = :year""";

    /** Records read per round trip: bounded memory on the driver's side. */
    private static final int FETCH_SIZE = 10_000;

    private static final int NONE = -1;

    final int size;
    /** Annual pay in fen, ascending. */
    final long[] fen;
    /** Index of the record's enterprise among {@link #enterprises}. */
    final int[] enterprise;
    /** Number of the record's occupation code in {@link #occupationCodes}. */
    final int[] occupation;
    final List<String> occupationCodes;
    /** Accepted enterprises of the year, with or without records. */
    final int enterprises;
    private final Map<Dimension, int[]> recordValue;
    private final Map<Dimension, int[]> enterpriseValue;
    private final Map<Dimension, List<String>> values;

    private YearRecords(int size, long[] fen, int[] enterprise, int[] occupation, List<String> occupationCodes,
                        int enterprises, Map<Dimension, int[]> recordValue, Map<Dimension, int[]> enterpriseValue,
                        Map<Dimension, List<String>> values) {
        this.size = size;
        this.fen = fen;
        this.enterprise = enterprise;
        this.occupation = occupation;
        this.occupationCodes = occupationCodes;
        this.enterprises = enterprises;
        this.recordValue = recordValue;
        this.enterpriseValue = enterpriseValue;
        this.values = values;
    }

    /** The values a dimension takes in this year's records; a cell's value is {@code values(d).get(number)}. */
    List<String> values(Dimension d) {
        return values.get(d);
    }

    /**
     * Writes the number of each record's value of the dimension into {@code out}, or -1 where the
     * record has none (no industry, no skill level, not low-income ...): such a record is in no cell
     * of that dimension.
     */
    void valueNumbers(Dimension d, int[] out) {
        if (d == Dimension.PROVINCE) {
            Arrays.fill(out, 0, size, 0);
            return;
        }
        int[] own = recordValue.get(d);
        if (own != null) {
            System.arraycopy(own, 0, out, 0, size);
            return;
        }
        int[] byEnterprise = enterpriseValue.get(d);
        for (int i = 0; i < size; i++) out[i] = byEnterprise[enterprise[i]];
    }

    /**
     * Reads the records of the year's accepted enterprises. Run it in a transaction: PostgreSQL's
     * driver streams a result with a fetch size only outside auto-commit.
     *
     * @param lowIncomeLines the annual low-income line by region code ({@link LowIncomeLine})
     */
    static YearRecords read(JdbcClient jdbc, int year, Map<String, BigDecimal> lowIncomeLines) {
        Enterprises ents = new Enterprises(lowIncomeLines);
        jdbc.sql(ENTERPRISES).param("year", year).query((ResultSet rs) -> {
            ents.add(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        });
        ents.seal();
        Columns c = new Columns();
        Numbering occupations = new Numbering();
        Numbering skills = new Numbering();
        Numbering titles = new Numbering();
        jdbc.sql(RECORDS).param("year", year).withFetchSize(FETCH_SIZE).query((ResultSet rs) -> {
            int e = ents.index(rs.getLong(1));
            if (e < 0) return;   // accepted after the enterprises were read: left for the next edition
            long fen = rs.getLong(2);
            c.add(fen, e, occupations.number(rs.getString(3)), skills.number(rs.getString(4)),
                    titles.number(rs.getString(5)), fen < ents.lowLineFen[e]);
        });
        return c.inPayOrder(ents, occupations.values, skills.values, titles.values);
    }

    /** Strings numbered in order of first appearance; null is -1. */
    static final class Numbering {
        final Map<String, Integer> numbers = new HashMap<>();
        final List<String> values = new ArrayList<>();

        int number(String s) {
            if (s == null) return NONE;
            Integer n = numbers.get(s);
            if (n == null) {
                n = values.size();
                numbers.put(s, n);
                values.add(s);
            }
            return n;
        }
    }

    /** The accepted enterprises: their ids in ascending order, and each one's dimension values and low-income line. */
    private static final class Enterprises {
        private final Map<String, BigDecimal> lines;
        private long[] ids = new long[256];
        private long[] lowLineFen = new long[256];
        private final Map<Dimension, int[]> value = new EnumMap<>(Dimension.class);
        private final Map<Dimension, Numbering> numbering = new EnumMap<>(Dimension.class);
        private int count;

        Enterprises(Map<String, BigDecimal> lines) {
            this.lines = lines;
            for (Dimension d : List.of(Dimension.INDUSTRY, Dimension.REGION, Dimension.INDUSTRY_REGION, Dimension.SIZE,
                    Dimension.OWNERSHIP)) {
                value.put(d, new int[256]);
                numbering.put(d, new Numbering());
            }
        }

        void add(long id, String industry, String region, String size, String ownership) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                lowLineFen = Arrays.copyOf(lowLineFen, count * 2);
                value.replaceAll((d, v) -> Arrays.copyOf(v, count * 2));
            }
            ids[count] = id;
            lowLineFen[count] = lineFen(lines.get(region));
            set(Dimension.INDUSTRY, industry);
            set(Dimension.REGION, region);
            set(Dimension.INDUSTRY_REGION, industry == null || region == null ? null : industry + "|" + region);
            set(Dimension.SIZE, size);
            set(Dimension.OWNERSHIP, ownership);
            count++;
        }

        private void set(Dimension d, String v) {
            value.get(d)[count] = numbering.get(d).number(v);
        }

        void seal() {
            for (int i = 1; i < count; i++)
                if (ids[i - 1] >= ids[i]) throw new IllegalStateException("enterprise ids must come in ascending order");
        }

        int index(long id) {
            int i = Arrays.binarySearch(ids, 0, count, id);
            return i < 0 ? NONE : i;
        }

        /**
         * Pay in whole fen is below the line exactly when it is below the line in fen rounded up:
         * the comparison PostgreSQL made on the numerics. No line: nobody is below it.
         */
        private static long lineFen(BigDecimal line) {
            if (line == null) return Long.MIN_VALUE;
            return line.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
        }
    }

    /** Growing columns of the records as read, then put in pay order. */
    private static final class Columns {
        private int size;
        private long[] fen = new long[1 << 14];
        private int[] enterprise = new int[1 << 14];
        private int[] occupation = new int[1 << 14];
        private int[] skill = new int[1 << 14];
        private int[] title = new int[1 << 14];
        private int[] low = new int[1 << 14];

        void add(long pay, int ent, int occ, int sk, int ti, boolean lowIncome) {
            if (size == fen.length) {
                int n = size * 2;
                fen = Arrays.copyOf(fen, n);
                enterprise = Arrays.copyOf(enterprise, n);
                occupation = Arrays.copyOf(occupation, n);
                skill = Arrays.copyOf(skill, n);
                title = Arrays.copyOf(title, n);
                low = Arrays.copyOf(low, n);
            }
            fen[size] = pay;
            enterprise[size] = ent;
            occupation[size] = occ;
            skill[size] = sk;
            title[size] = ti;
            low[size] = lowIncome ? 0 : NONE;
            size++;
        }

        YearRecords inPayOrder(Enterprises ents, List<String> occupationCodes, List<String> skills, List<String> titles) {
            int[] order = PayOrder.ascending(fen, size);
            Map<Dimension, int[]> recordValue = new EnumMap<>(Dimension.class);
            recordValue.put(Dimension.SKILL, permute(skill, order));
            recordValue.put(Dimension.TITLE, permute(title, order));
            recordValue.put(Dimension.LOW_INCOME, permute(low, order));
            Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
            values.put(Dimension.PROVINCE, List.of(""));
            ents.numbering.forEach((d, n) -> values.put(d, n.values));
            values.put(Dimension.LOW_INCOME, List.of("LOW"));
            values.put(Dimension.SKILL, skills);
            values.put(Dimension.TITLE, titles);
            long[] sortedFen = new long[size];
            for (int i = 0; i < size; i++) sortedFen[i] = fen[order[i]];
            return new YearRecords(size, sortedFen, permute(enterprise, order), permute(occupation, order),
                    occupationCodes, ents.count, recordValue, ents.value, values);
        }

        private int[] permute(int[] column, int[] order) {
            int[] out = new int[size];
            for (int i = 0; i < size; i++) out[i] = column[order[i]];
            return out;
        }
    }
}
