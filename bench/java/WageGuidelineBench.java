package tongxing.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tongxing.wage.guideline.GuidelineComputation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #4 benchmarks, one run: (1) COPY of RECORDS synthetic employee records (log-normal pay by
 * occupation, Hainan mix of regions and industries) for ENTERPRISES accepted enterprises of YEAR;
 * (2) every guideline cell of the year computed by DuckDB (quantile_cont, in memory, 2 threads,
 * loading not timed) and by the application's own {@link GuidelineComputation} on the bench's
 * connection (reading the records from PostgreSQL included), twice, with a cell-by-cell comparison
 * to the fen, wall and CPU times; (3) through the running application's HTTP screens: the draft
 * computed and stored, then review → publish → the feedback PDFs of every enterprise of the year.
 *
 * <pre>java -cp CLASSES tongxing.bench.WageGuidelineBench --jdbc URL --base http://127.0.0.1:PORT
 *      [--year 2099] [--records 1000000] [--enterprises 3000] [--pg-pid PID] [--app-pid PID] [--feedback false]</pre>
 */
public final class WageGuidelineBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");
    private static final String[] REGIONS = {"460100", "460100", "460100", "460100", "460200", "460200", "460200", "460300",
            "460400", "469001", "469002", "469005", "469006", "469007", "469021", "469022", "469023", "469024", "469025",
            "469026", "469027", "469028", "469029", "469030", "460400499"};
    private static final String[] SECTIONS = {"H", "H", "H", "G", "G", "G", "K", "E", "C", "C", "I", "L", "M", "N", "F", "A", "P", "Q", "R", "S"};
    private static final String[] SIZES = {"MICRO", "MICRO", "SMALL", "SMALL", "SMALL", "MEDIUM", "LARGE"};
    private static final String[] OWNERSHIP = {"159", "159", "159", "110", "151", "171", "210"};
    private static final String[] SKILLS = {null, null, null, "LEVEL_5", "LEVEL_4", "LEVEL_3", "LEVEL_2", "LEVEL_1"};
    private static final String[] TITLES = {null, null, null, null, "JUNIOR", "INTERMEDIATE", "SENIOR"};

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].substring(2), args[i + 1]);
        String jdbc = a.get("jdbc");
        String base = a.get("base");
        int year = Integer.parseInt(a.getOrDefault("year", "2099"));
        int records = Integer.parseInt(a.getOrDefault("records", "1000000"));
        int enterprises = Integer.parseInt(a.getOrDefault("enterprises", "3000"));
        long pgPid = Long.parseLong(a.getOrDefault("pg-pid", "0"));
        long appPid = Long.parseLong(a.getOrDefault("app-pid", "0"));
        boolean pdfs = Boolean.parseBoolean(a.getOrDefault("feedback", "true"));
        try (Connection pg = DriverManager.getConnection(jdbc)) {
            long[] ids = seed(pg, year, enterprises, records);
            Map<String, BigDecimal> lines = lowIncomeLines(pg);
            Map<String, double[]> duckCells = new HashMap<>();
            Run duck = duckDb(pg, year, lines, duckCells);
            System.out.printf("DuckDB (in memory, 2 threads, loading not timed): %.1f s, %.1f s CPU in this JVM%n",
                    duck.seconds(), duck.benchCpu());
            for (int run = 1; run <= 2; run++) {
                Map<String, double[]> appCells = new HashMap<>();
                Run app = application(pg, year, lines, appCells, pgPid);
                int[] diff = compare(appCells, duckCells);
                System.out.printf("Application run %d (GuidelineComputation: read + compute): %.1f s (records read and sorted after "
                                + "%.1f s), CPU %.1f s in this JVM + %.1f s PostgreSQL%n",
                        run, app.seconds(), app.firstCellSeconds(), app.benchCpu(), app.pgCpu());
                System.out.printf("  cells: %,d (application) / %,d (DuckDB); differing at the fen: %d (of which %d where DuckDB's "
                        + "double is within 1e-6 of half a fen)%n", appCells.size(), duckCells.size(), diff[0], diff[1]);
                System.out.printf("  ratio application / DuckDB: %.2f by wall time (goal <= 2.0), %.2f by CPU; load average %s%n",
                        app.seconds() / duck.seconds(), (app.benchCpu() + app.pgCpu()) / duck.benchCpu(), loadAverage());
            }
            if (base != null) feedback(pg, base, year, ids.length, pdfs, pgPid, appPid);
        }
    }

    private record Run(double seconds, double firstCellSeconds, double benchCpu, double pgCpu) {
    }

    /** The application's own computation (the class Editions uses), on the bench's connection, with its result kept. */
    private static Run application(Connection pg, int year, Map<String, BigDecimal> lines, Map<String, double[]> out, long pgPid)
            throws Exception {
        GuidelineComputation computation = new GuidelineComputation(JdbcClient.create(new SingleConnectionDataSource(pg, true)));
        double cpu0 = benchCpuSeconds();
        double pg0 = cpuSeconds(pgPid);
        long[] firstCell = {0};
        long t0 = System.nanoTime();
        pg.setAutoCommit(false);   // the records are streamed with a fetch size, as in the application's transaction
        try {
            computation.compute(year, lines, c -> {
                if (firstCell[0] == 0) firstCell[0] = System.nanoTime();
                out.put(c.dimension().name() + "/" + c.dimValue() + "/" + c.occupationCode(), new double[]{
                        c.employees(), c.enterprises(), c.largestEmployees(), c.p10().doubleValue(), c.p25().doubleValue(),
                        c.p50().doubleValue(), c.p75().doubleValue(), c.p90().doubleValue()});
            });
            pg.commit();
        } finally {
            pg.setAutoCommit(true);
        }
        long t1 = System.nanoTime();
        return new Run((t1 - t0) / 1e9, (firstCell[0] - t0) / 1e9, benchCpuSeconds() - cpu0, cpuSeconds(pgPid) - pg0);
    }

    /** Recreates the bench year: enterprises ACCEPTED, records by COPY. Returns the enterprise ids. */
    private static long[] seed(Connection pg, int year, int enterprises, int records) throws Exception {
        Random random = new Random(4);
        try (Statement st = pg.createStatement()) {
            st.execute("DELETE FROM wage_feedback_report WHERE year = " + year);
            st.execute("DELETE FROM wage_feedback_batch WHERE year = " + year);
            st.execute("DELETE FROM wage_guideline_edition WHERE year = " + year + " AND status <> 'PUBLISHED'");
            st.execute("DELETE FROM wage_survey_enterprise WHERE year = " + year);
            st.execute("INSERT INTO wage_survey (year, opened_by) VALUES (" + year + ", 'bench') ON CONFLICT DO NOTHING");
        }
        long[] ids = new long[enterprises];
        var ins = pg.prepareStatement("""
                INSERT INTO wage_survey_enterprise (year, uscc, region_code, status, industry_section, size_class, ownership_code)
                VALUES (?, ?, ?, 'ACCEPTED', ?, ?, ?) RETURNING id""");
        for (int e = 0; e < enterprises; e++) {
            ins.setInt(1, year);
            ins.setString(2, String.format("91469900BENCH%05d", e));
            ins.setString(3, REGIONS[random.nextInt(REGIONS.length)]);
            ins.setString(4, SECTIONS[random.nextInt(SECTIONS.length)]);
            ins.setString(5, SIZES[random.nextInt(SIZES.length)]);
            ins.setString(6, OWNERSHIP[random.nextInt(OWNERSHIP.length)]);
            try (ResultSet rs = ins.executeQuery()) {
                rs.next();
                ids[e] = rs.getLong(1);
            }
        }
        // 400 unit occupations over the 8 major groups, each with its own log-normal median
        String[] occupations = new String[400];
        double[] mu = new double[400];
        for (int o = 0; o < occupations.length; o++) {
            int major = 1 + (o % 6);
            occupations[o] = String.format("%d-%02d-%02d-%02d", major, 1 + (o / 6) % 12, 1 + (o / 72) % 6, 1 + o % 5);
            mu[o] = Math.log(45000 + 10000 * (major == 1 ? 6 : major == 2 ? 4 : 1) + random.nextInt(40000));
        }
        long t0 = System.nanoTime();
        CopyIn copy = pg.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                COPY wage_employee_record (survey_enterprise_id, year, uscc, line_no, occupation_code, skill_level, title_level,
                    annual_hours, base_pay, bonus) FROM STDIN (FORMAT text)""");
        StringBuilder sb = new StringBuilder(1 << 20);
        int[] lines = new int[enterprises];
        for (int i = 0; i < records; i++) {
            // a few large employers, many small ones
            int e = (int) Math.min(enterprises - 1, Math.floor(Math.pow(random.nextDouble(), 2.2) * enterprises));
            int o = (e * 7 + random.nextInt(60)) % occupations.length;
            double pay = Math.round(Math.exp(mu[o] + random.nextGaussian() * 0.42));
            double bonus = Math.round(pay * 0.15);
            sb.append(ids[e]).append('\t').append(year).append('\t').append(String.format("91469900BENCH%05d", e)).append('\t')
                    .append(++lines[e]).append('\t').append(occupations[o]).append('\t')
                    .append(orNull(SKILLS[random.nextInt(SKILLS.length)])).append('\t')
                    .append(orNull(TITLES[random.nextInt(TITLES.length)])).append("\t2000\t")
                    .append((long) (pay - bonus)).append('\t').append((long) bonus).append('\n');
            if (sb.length() > (1 << 20) - 512) {
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(b, 0, b.length);
                sb.setLength(0);
            }
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(b, 0, b.length);
        copy.endCopy();
        double s = (System.nanoTime() - t0) / 1e9;
        try (Statement st = pg.createStatement()) {
            st.execute("ANALYZE wage_employee_record");
            st.execute("ANALYZE wage_survey_enterprise");
        }
        System.out.printf("Loaded %,d employee records of %,d enterprises by COPY in %.1f s (%,.0f rows/s)%n",
                records, enterprises, s, records / s);
        return ids;
    }

    private static String orNull(String s) {
        return s == null ? "\\N" : s;
    }

    private static Map<String, BigDecimal> lowIncomeLines(Connection pg) {
        Map<String, BigDecimal> lines = new HashMap<>();
        NamedParameterJdbcTemplate t = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(pg, true));
        t.query("""
                SELECT DISTINCT ON (region_code) region_code, min_wage_monthly FROM platform_wage_parameter
                WHERE min_wage_monthly IS NOT NULL ORDER BY region_code, effective_from DESC""", (ResultSet rs) -> {
            lines.put(rs.getString(1), rs.getBigDecimal(2).multiply(BigDecimal.valueOf(18)));
        });
        return lines;
    }

    /** DuckDB in memory: the same rows (loading not timed), then occupation expansion and grouping sets in DuckDB. */
    private static Run duckDb(Connection pg, int year, Map<String, BigDecimal> lines, Map<String, double[]> out) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = duck.createStatement()) {
                st.execute("SET threads = 2");
                st.execute("""
                        CREATE TABLE rec (ent BIGINT, pay DOUBLE, occupation VARCHAR, ind VARCHAR, reg VARCHAR, sz VARCHAR,
                                          own VARCHAR, low VARCHAR, skill VARCHAR, title VARCHAR)""");
            }
            try (var app = duck.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "rec");
                 Statement st = pg.createStatement()) {
                pg.setAutoCommit(false);
                st.setFetchSize(20_000);
                try (ResultSet rs = st.executeQuery("""
                        SELECT r.survey_enterprise_id, r.annual_pay, r.occupation_code, e.industry_section, e.region_code,
                               e.size_class, e.ownership_code, r.skill_level, r.title_level
                        FROM wage_employee_record r JOIN wage_survey_enterprise e ON e.id = r.survey_enterprise_id
                        WHERE e.year = %d AND e.status = 'ACCEPTED'""".formatted(year))) {
                    while (rs.next()) {
                        BigDecimal pay = rs.getBigDecimal(2);
                        BigDecimal line = lines.get(rs.getString(5));
                        app.beginRow();
                        app.append(rs.getLong(1));
                        app.append(pay.doubleValue());
                        app.append(rs.getString(3));
                        app.append(rs.getString(4));
                        app.append(rs.getString(5));
                        app.append(rs.getString(6));
                        app.append(rs.getString(7));
                        app.append(line != null && pay.compareTo(line) < 0 ? "LOW" : null);
                        app.append(rs.getString(8));
                        app.append(rs.getString(9));
                        app.endRow();
                    }
                }
                pg.commit();
                pg.setAutoCommit(true);
            }
            String dims = "(occ), (occ, ind), (occ, reg), (occ, ind, reg), (occ, sz), (occ, own), (occ, low), (occ, skill), (occ, title)";
            String dim = """
                    CASE WHEN GROUPING(ind) = 0 AND GROUPING(reg) = 0 THEN 'INDUSTRY_REGION' WHEN GROUPING(ind) = 0 THEN 'INDUSTRY'
                         WHEN GROUPING(reg) = 0 THEN 'REGION' WHEN GROUPING(sz) = 0 THEN 'SIZE' WHEN GROUPING(own) = 0 THEN 'OWNERSHIP'
                         WHEN GROUPING(low) = 0 THEN 'LOW_INCOME' WHEN GROUPING(skill) = 0 THEN 'SKILL'
                         WHEN GROUPING(title) = 0 THEN 'TITLE' ELSE 'PROVINCE' END""";
            String val = """
                    CASE WHEN GROUPING(ind) = 0 AND GROUPING(reg) = 0 THEN ind || '|' || reg WHEN GROUPING(ind) = 0 THEN ind
                         WHEN GROUPING(reg) = 0 THEN reg WHEN GROUPING(sz) = 0 THEN sz WHEN GROUPING(own) = 0 THEN own
                         WHEN GROUPING(low) = 0 THEN low WHEN GROUPING(skill) = 0 THEN skill
                         WHEN GROUPING(title) = 0 THEN title ELSE '' END""";
            String sql = """
                    WITH x AS (
                        SELECT ent, CAST(pay AS DOUBLE) AS pay, ind, reg, sz, own, low, skill, title,
                               unnest(['*'] || list_transform(range(1, len(string_split(occupation, '-')) + 1),
                                      k -> array_to_string(string_split(occupation, '-')[1:k], '-'))) AS occ
                        FROM rec),
                    stats AS (
                        SELECT occ, %1$s AS dimension, %2$s AS dim_value, count(*) AS employees,
                               quantile_cont(pay, [0.1, 0.25, 0.5, 0.75, 0.9]) AS p
                        FROM x GROUP BY GROUPING SETS (%3$s)),
                    per_ent AS (
                        SELECT occ, %1$s AS dimension, %2$s AS dim_value, ent, count(*) AS n
                        FROM x GROUP BY GROUPING SETS (%4$s)),
                    shares AS (SELECT occ, dimension, dim_value, count(*) AS enterprises, max(n) AS largest
                               FROM per_ent WHERE dim_value IS NOT NULL GROUP BY ALL)
                    SELECT s.occ, s.dimension, s.dim_value, s.employees, sh.enterprises, sh.largest, s.p
                    FROM stats s JOIN shares sh USING (occ, dimension, dim_value) WHERE s.dim_value IS NOT NULL"""
                    .formatted(dim, val, dims, dims.replace(")", ", ent)"));
            double cpu0 = benchCpuSeconds();
            long t0 = System.nanoTime();
            try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    Object[] p = (Object[]) rs.getArray(7).getArray();
                    out.put(rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(1), new double[]{
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), ((Number) p[0]).doubleValue(), ((Number) p[1]).doubleValue(),
                            ((Number) p[2]).doubleValue(), ((Number) p[3]).doubleValue(), ((Number) p[4]).doubleValue()});
                }
            }
            return new Run((System.nanoTime() - t0) / 1e9, 0, benchCpuSeconds() - cpu0, 0);
        }
    }

    /**
     * Cells of a (the application: exact values, already at the fen) that differ at the fen from b
     * (DuckDB's doubles) or are missing there, plus b's extra cells; second, how many of the
     * differences are where b's double is within float noise of half a fen, whose rounding the
     * noise decides.
     */
    private static int[] compare(Map<String, double[]> a, Map<String, double[]> b) {
        int bad = 0;
        int halfFen = 0;
        for (var e : a.entrySet()) {
            double[] x = e.getValue(), y = b.get(e.getKey());
            if (y == null) {
                bad++;
                continue;
            }
            boolean differs = false;
            boolean noise = false;
            for (int i = 0; i < x.length; i++) {
                if (fen(x[i]).compareTo(fen(y[i])) != 0) {
                    differs = true;
                    double hundredths = y[i] * 100;
                    noise |= Math.abs(hundredths - Math.floor(hundredths) - 0.5) < 1e-6;
                }
            }
            if (differs) bad++;
            if (differs && noise) halfFen++;
        }
        for (String key : b.keySet()) if (!a.containsKey(key)) bad++;
        return new int[]{bad, halfFen};
    }

    /** CPU time of this JVM, DuckDB's native threads included, in seconds. */
    private static double benchCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** User + system CPU of a process and all its descendants (Linux /proc), in seconds; 0 without a pid. */
    private static double cpuSeconds(long pid) {
        if (pid == 0) return 0;
        java.util.Set<Long> all = new java.util.HashSet<>();
        ProcessHandle.of(pid).ifPresent(h -> {
            all.add(h.pid());
            h.descendants().forEach(d -> all.add(d.pid()));
        });
        long ticks = 0;
        for (long p : all) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(p), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (java.io.IOException | RuntimeException e) {
                // the process ended in between
            }
        }
        return ticks / 100.0;   // USER_HZ
    }

    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static BigDecimal fen(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    /** Publishes an edition and generates the feedback PDFs through the application's own screens, timing the batch. */
    private static void feedback(Connection pg, String base, int year, int enterprises, boolean pdfs, long pgPid, long appPid)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
        String csrf = logIn(http, base, "admin", "Tongxing@2026");
        double app0 = cpuSeconds(appPid);
        double pg0 = cpuSeconds(pgPid);
        long t0 = System.nanoTime();
        post(http, base + "/wage/guidelines", "year=" + year, csrf);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long edition = scalar(pg, "SELECT max(id) FROM wage_guideline_edition WHERE year = " + year);
        System.out.printf("Draft edition computed and stored through the application (POST /wage/guidelines): %.1f s, %,d cells, "
                        + "CPU %.1f s app + %.1f s PostgreSQL; load average %s%n", seconds,
                scalar(pg, "SELECT cells FROM wage_guideline_edition WHERE id = " + edition),
                cpuSeconds(appPid) - app0, cpuSeconds(pgPid) - pg0, loadAverage());
        if (!pdfs) return;
        post(http, base + "/wage/guidelines/" + edition + "/review", "", csrf);
        post(http, base + "/wage/guidelines/" + edition + "/publish", "", csrf);
        post(http, base + "/wage/feedback/batches", "year=" + year, csrf);
        long batch = scalar(pg, "SELECT max(id) FROM wage_feedback_batch WHERE year = " + year);
        long deadline = System.currentTimeMillis() + 30 * 60_000L;
        while (System.currentTimeMillis() < deadline) {
            try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT status, done, total, extract(epoch FROM finished_at - started_at) FROM wage_feedback_batch WHERE id = " + batch)) {
                rs.next();
                if (!"RUNNING".equals(rs.getString(1))) {
                    System.out.printf("Feedback PDFs: %s, %d of %d enterprises in %.1f s (goal < 300 s on 2 cores), %.1f PDFs/s%n",
                            rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getInt(2) / rs.getDouble(4));
                    System.out.printf("Stored PDF size: %,d bytes on average%n",
                            scalar(pg, "SELECT avg(length(pdf))::bigint FROM wage_feedback_report WHERE year = " + year));
                    return;
                }
            }
            Thread.sleep(2000);
        }
        System.out.println("Feedback batch did not finish within 30 minutes");
    }

    private static long scalar(Connection pg, String sql) throws Exception {
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String logIn(HttpClient http, String base, String user, String password) throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the login page");
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        post(http, base + "/login", "username=" + enc(user) + "&password=" + enc(password), token);
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/wage/guidelines")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m2 = CSRF.matcher(page);
        if (!m2.find()) throw new IllegalStateException("login failed for " + user);
        return m2.group(1) != null ? m2.group(1) : m2.group(2);
    }

    private static void post(HttpClient http, String url, String body, String csrf) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) throw new IllegalStateException("HTTP " + r.statusCode() + " for POST " + url);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
