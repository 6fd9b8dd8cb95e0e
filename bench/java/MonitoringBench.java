package tongxing.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tongxing.demo.HainanEnterpriseGenerator;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Program 6 at Hainan scale (not a test). Against a running app whose registry holds the demo
 * generator's enterprises, month after month of a {@link MonitoringSeries}:
 * <ol>
 *   <li>pushes the month's social-insurance facts through the real path, the system API
 *       ({@code -Dload=csv}, the default: the whole month as one {@code text/csv} request;
 *       {@code -Dload=json}: 5000 JSON items per request), then COPYs the same rows into a bare
 *       unlogged table in the same database (the yardstick);</li>
 *   <li>waits for the detection run the load asked the persistent scheduler for, and reads its
 *       duration (loads, COPY and detection never overlap, so each figure is its own);</li>
 *   <li>after the last month, logs in as {@code admin} and asks for every month again with
 *       重新检测 (the backfill), and reads the wall clock until the last run finished.</li>
 * </ol>
 * With {@code -Dpids=APP,PG} it prints the server CPU (app JVM + PostgreSQL) of each phase.
 * Args: appBase pgPort units months
 */
public final class MonitoringBench {

    static final String KEY = "tx_bench_monitoring_key";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int pgPort = Integer.parseInt(args[1]);
        int units = Integer.parseInt(args[2]);
        int months = Integer.parseInt(args[3]);
        boolean csv = !"json".equals(System.getProperty("load", "csv"));
        String jdbc = "jdbc:postgresql://127.0.0.1:" + pgPort + "/tongxing";
        List<String> usccs = new ArrayList<>(units), regions = new ArrayList<>(units);
        HainanEnterpriseGenerator g = new HainanEnterpriseGenerator(Integer.parseInt(System.getProperty("registry", String.valueOf(units))), 20201027L, 0);
        while (usccs.size() < units && g.hasNext()) {
            var e = g.next();
            usccs.add(e.uscc());
            regions.add(e.regionCode());
        }
        // -Dfirst=2024-01 loads into months that hold no facts yet (a month's first load, the case COPY is the yardstick of).
        String firstProp = System.getProperty("first", "");
        LocalDate first = firstProp.isBlank() ? LocalDate.now().withDayOfMonth(1).minusMonths(months) : LocalDate.parse(firstProp + "-01");
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO platform_api_key (name, key_prefix, key_hash, region_code, permissions, created_by) VALUES "
                    + "('bench', 'tx_bench_m', '" + sha256(KEY) + "', '460000', 'monitoring:write', 'bench') ON CONFLICT (key_hash) DO NOTHING");
            st.execute("CREATE UNLOGGED TABLE IF NOT EXISTS bench_bare_headcount (month date, uscc char(18), insured int, arrears_months smallint)");
            st.execute("TRUNCATE bench_bare_headcount");
            // The yardsticks as the issue words them ("COPY of the same rows"): the feed table's six columns, logged,
            // without index (a); and shaped like a month partition, logged, with its primary key (b).
            st.execute("CREATE TABLE IF NOT EXISTS bench_copy_logged (LIKE monitoring_headcount)");
            st.execute("TRUNCATE bench_copy_logged");
            st.execute("CREATE TABLE IF NOT EXISTS bench_copy_partition (LIKE monitoring_headcount INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
            // No autovacuum on the yardsticks: its passes over millions of bench rows would land in the next phase
            // (the detection wait) and be counted there.
            for (String t : List.of("bench_bare_headcount", "bench_copy_logged", "bench_copy_partition"))
                st.execute("ALTER TABLE " + t + " SET (autovacuum_enabled = false)");
            st.execute("ALTER TABLE bench_copy_partition DROP CONSTRAINT IF EXISTS bench_copy_partition_pkey");
            st.execute("ALTER TABLE bench_copy_partition ADD CONSTRAINT bench_copy_partition_pkey "
                    + "PRIMARY KEY " + primaryKeyColumns(c));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        MonitoringSeries series = new MonitoringSeries(units, 20201027L);
        long rows = 0, apiNanos = 0, copyNanos = 0, loggedNanos = 0, partitionNanos = 0;
        double apiCpu = 0, copyCpu = 0, detectCpu = 0, loggedCpu = 0, partitionCpu = 0;
        // Loads into a month without facts (first) and loads of a month that holds facts (re-load) apart: {rows, nanos, cpu}.
        // and loads into a month holding only a few facts (the demo's 3,000 enterprises) apart again.
        double[] firstLoads = new double[3], reLoads = new double[3], fewLoads = new double[3];
        boolean reload = Boolean.parseBoolean(System.getProperty("reload", "false"));
        List<double[]> runs = new ArrayList<>();
        System.out.printf("Loading %d units x %d months through the API as %s%n", units, months, csv ? "one text/csv request a month" : "JSON, 5000 items a request");
        for (int m = 0; m < months; m++) {
            LocalDate month = first.plusMonths(m);
            String ym = month.toString().substring(0, 7);
            int[][] values = series.next();
            long lastRun = lastRunId(jdbc, month);
            long before = factsOf(jdbc, month);
            boolean firstLoad = before == 0, few = before > 0 && before * 2 < units;
            double cpu0 = serverCpu();
            long t0 = System.nanoTime();
            int rejected = csv ? pushCsv(http, base, ym, usccs, values) : pushJson(http, base, ym, usccs, values);
            long api = System.nanoTime() - t0;
            double cpu1 = serverCpu();
            add(firstLoad ? firstLoads : few ? fewLoads : reLoads, units, api, cpu1 - cpu0);
            double[] run = waitForRun(jdbc, month, lastRun);
            double cpu2 = serverCpu();
            t0 = System.nanoTime();
            copyBare(jdbc, month, usccs, values);
            long copy = System.nanoTime() - t0;
            double cpu3 = serverCpu();
            t0 = System.nanoTime();
            copyFeedShaped(jdbc, "bench_copy_logged", month, usccs, regions, values);
            long logged = System.nanoTime() - t0;
            double cpu4 = serverCpu();
            truncate(jdbc, "bench_copy_partition");
            double cpu5 = serverCpu();
            t0 = System.nanoTime();
            copyFeedShaped(jdbc, "bench_copy_partition", month, usccs, regions, values);
            long partitionCopy = System.nanoTime() - t0;
            double cpu6 = serverCpu();
            loggedNanos += logged;
            partitionNanos += partitionCopy;
            loggedCpu += cpu4 - cpu3;
            partitionCpu += cpu6 - cpu5;
            apiNanos += api;
            copyNanos += copy;
            apiCpu += cpu1 - cpu0;
            detectCpu += cpu2 - cpu1;
            copyCpu += cpu3 - cpu2;
            rows += units;
            runs.add(run);
            System.out.printf(Locale.ROOT, "  %s: API %5.2f s %s (%s rejected, server CPU %.2f s), COPY bare %5.2f s (CPU %.2f s), logged %5.2f s (CPU %.2f s), "
                            + "partition-shaped %5.2f s (CPU %.2f s), detection %5.2f s: %5d signals for %5d enterprises  [load %s]%n",
                    ym, api / 1e9, firstLoad ? "first load" : few ? "load (month held " + before + " facts)" : "re-load", rejected, cpu1 - cpu0, copy / 1e9, cpu3 - cpu2,
                    logged / 1e9, cpu4 - cpu3, partitionCopy / 1e9, cpu6 - cpu5, run[0], (int) run[1], (int) run[2], loadAverage());
            if (reload) {
                // A corrected file of the month: 1 % of the units with another headcount, sent again whole.
                int[][] corrected = new int[values.length][];
                for (int i = 0; i < values.length; i++) corrected[i] = i % 100 == 7 ? new int[]{values[i][0] + 1, values[i][1]} : values[i];
                lastRun = lastRunId(jdbc, month);
                cpu0 = serverCpu();
                t0 = System.nanoTime();
                rejected = csv ? pushCsv(http, base, ym, usccs, corrected) : pushJson(http, base, ym, usccs, corrected);
                api = System.nanoTime() - t0;
                cpu1 = serverCpu();
                add(reLoads, units, api, cpu1 - cpu0);
                waitForRun(jdbc, month, lastRun);
                System.out.printf(Locale.ROOT, "  %s: API %5.2f s re-load of a corrected file (%s rejected, server CPU %.2f s)  [load %s]%n",
                        ym, api / 1e9, rejected, cpu1 - cpu0, loadAverage());
            }
        }
        double apiRate = rows / (apiNanos / 1e9), copyRate = rows / (copyNanos / 1e9);
        System.out.printf(Locale.ROOT, "Load through the real path (API, checks, each month's load): %,.0f rows/s  (%,d rows in %.1f s, server CPU %.1f s)%n",
                apiRate, rows, apiNanos / 1e9, apiCpu);
        double loggedRate = rows / (loggedNanos / 1e9), partitionRate = rows / (partitionNanos / 1e9);
        System.out.printf(Locale.ROOT, "COPY of the same rows into a bare table:                %,.0f rows/s  (%.1f s, server CPU %.1f s)  ratio %.2f (goal >= 0.5)%n",
                copyRate, copyNanos / 1e9, copyCpu, apiRate / copyRate);
        System.out.println("  (bare: UNLOGGED, 4 columns: month, uscc, insured, arrears_months, no index)");
        System.out.printf(Locale.ROOT, "COPY (a) into a logged table of the feed table's 6 columns: %,.0f rows/s  (%.1f s, server CPU %.1f s)  ratio %.2f%n",
                loggedRate, loggedNanos / 1e9, loggedCpu, apiRate / loggedRate);
        System.out.printf(Locale.ROOT, "COPY (b) into a logged month-partition-shaped table with its primary key: %,.0f rows/s  (%.1f s, server CPU %.1f s)  ratio %.2f%n",
                partitionRate, partitionNanos / 1e9, partitionCpu, apiRate / partitionRate);
        for (int k = 0; k < 3; k++) {
            double[] t = k == 0 ? firstLoads : k == 1 ? fewLoads : reLoads;
            if (t[0] == 0) continue;
            double rate = t[0] / (t[1] / 1e9);
            System.out.printf(Locale.ROOT, "  %s: %,.0f rows/s  (%,.0f rows in %.1f s, server CPU %.1f s = %.1f µs a row)  ratio %.2f to COPY bare (CPU ratio %.2f),"
                            + " %.2f to (a) logged (CPU %.2f), %.2f to (b) partition-shaped (CPU %.2f)%n",
                    k == 0 ? "first loads (empty month)" : k == 1 ? "loads into a month with a few facts" : "re-loads (month with facts)", rate, t[0], t[1] / 1e9, t[2], t[2] / t[0] * 1e6,
                    rate / copyRate, (copyCpu / rows) / (t[2] / t[0]), rate / loggedRate, (loggedCpu / rows) / (t[2] / t[0]),
                    rate / partitionRate, (partitionCpu / rows) / (t[2] / t[0]));
        }
        double max = 0, sum = 0;
        for (double[] r : runs) {
            max = Math.max(max, r[0]);
            sum += r[0];
        }
        System.out.printf(Locale.ROOT, "Detection after each load: slowest month %.2f s (goal < 5 s), median %.2f s, sum %.1f s, server CPU %.1f s%n",
                max, median(runs), sum, detectCpu);
        if (!Boolean.parseBoolean(System.getProperty("backfill", "true"))) return;
        backfill(base, jdbc, first, months);
    }

    /** 重新检测 of every month as staff do it, then the wall clock until the last run finished. */
    private static void backfill(String base, String jdbc, LocalDate first, int months) throws Exception {
        HttpClient user = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(user, base, "admin", System.getProperty("password", "Tongxing@2026"));
        String token = csrf(user.send(HttpRequest.newBuilder(URI.create(base + "/monitoring/feeds")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long before;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM monitoring_detection_run")) {
            rs.next();
            before = rs.getLong(1);
        }
        double cpu0 = serverCpu();
        long t0 = System.nanoTime();
        for (int m = 0; m < months; m++) {
            String form = "month=" + first.plusMonths(m).toString().substring(0, 7) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<Void> r = user.send(HttpRequest.newBuilder(URI.create(base + "/monitoring/detection/run"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 302) throw new IllegalStateException("重新检测 answered HTTP " + r.statusCode());
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            for (int i = 0; i < 7200; i++) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM monitoring_detection_run WHERE status <> 'RUNNING' AND id > " + before)) {
                    rs.next();
                    if (rs.getInt(1) >= months) break;
                }
                Thread.sleep(200);
            }
            double wall = (System.nanoTime() - t0) / 1e9, cpu = serverCpu() - cpu0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT count(*) FILTER (WHERE status = 'FAILED'), max(extract(epoch FROM finished_at - started_at)),
                           sum(extract(epoch FROM finished_at - started_at)), extract(epoch FROM max(finished_at) - min(started_at))
                    FROM monitoring_detection_run WHERE id > %d""".formatted(before))) {
                rs.next();
                System.out.printf(Locale.ROOT, "%d-month backfill (重新检测 of every month, 2 scheduler threads): %.1f s wall clock from the first request"
                                + " (goal < 60 s); first start to last finish %.1f s; runs: slowest %.2f s, sum %.1f s, failed %d; server CPU %.1f s  [load %s]%n",
                        months, wall, rs.getDouble(4), rs.getDouble(2), rs.getDouble(3), rs.getInt(1), cpu, loadAverage());
            }
        }
    }

    private static int pushCsv(HttpClient http, String base, String ym, List<String> usccs, int[][] values) throws Exception {
        StringBuilder body = new StringBuilder(usccs.size() * 28 + 64).append("uscc,insured,arrearsMonths\n");
        for (int i = 0; i < usccs.size(); i++)
            body.append(usccs.get(i)).append(',').append(values[i][0]).append(',').append(values[i][1]).append('\n');
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/monitoring/social-insurance?month=" + ym))
                .header("X-Api-Key", KEY).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toString().getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
        return rejected(res.body());
    }

    private static int pushJson(HttpClient http, String base, String ym, List<String> usccs, int[][] values) throws Exception {
        int rejected = 0;
        for (int from = 0; from < usccs.size(); from += 5000) {
            StringBuilder body = new StringBuilder(5000 * 70).append('[');
            for (int i = from; i < Math.min(usccs.size(), from + 5000); i++) {
                if (i > from) body.append(',');
                body.append("{\"uscc\":\"").append(usccs.get(i)).append("\",\"insured\":").append(values[i][0])
                        .append(",\"arrearsMonths\":").append(values[i][1]).append('}');
            }
            body.append(']');
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/monitoring/social-insurance?month=" + ym))
                    .header("X-Api-Key", KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
            rejected += rejected(res.body());
        }
        return rejected;
    }

    /** totals.rejected of a feed report; the first refusals are printed when there are any. */
    private static int rejected(String report) {
        Matcher m = Pattern.compile("\"rejected\":(\\d+)").matcher(report);
        int n = m.find() ? Integer.parseInt(m.group(1)) : -1;
        if (n != 0) System.out.println("    rejected " + n + ": " + report.substring(0, Math.min(600, report.length())));
        return n;
    }

    private static void copyBare(String jdbc, LocalDate month, List<String> usccs, int[][] values) throws Exception {
        copyLines(jdbc, "COPY bench_bare_headcount FROM STDIN", usccs.size(), (b, i) ->
                b.append(month).append('\t').append(usccs.get(i)).append('\t').append(values[i][0]).append('\t').append(values[i][1]).append('\n'));
    }

    /** COPYs the month's rows, in the order the API got them, into a table with the feed table's columns. */
    private static void copyFeedShaped(String jdbc, String table, LocalDate month, List<String> usccs, List<String> regions, int[][] values) throws Exception {
        copyLines(jdbc, "COPY " + table + " (month, uscc, region_code, insured, arrears_months, load_id) FROM STDIN", usccs.size(), (b, i) ->
                b.append(month).append('\t').append(usccs.get(i)).append('\t').append(regions.get(i)).append('\t').append(values[i][0])
                        .append('\t').append(values[i][1]).append("\t1\n"));
    }

    /** Sends {@code rows} lines written by {@code line} to a COPY on a connection of its own, in 64 KB pieces. */
    private static void copyLines(String jdbc, String copySql, int rows, java.util.function.ObjIntConsumer<StringBuilder> line) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                line.accept(b, i);
                if (b.length() > 1 << 16) {
                    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    b.setLength(0);
                }
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        }
    }

    private static void truncate(String jdbc, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("TRUNCATE " + table);
        }
    }

    /** The feed table's primary key columns, e.g. {@code (uscc, month)}. */
    private static String primaryKeyColumns(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'monitoring_headcount'::regclass AND contype = 'p'")) {
            rs.next();
            return rs.getString(1).substring("PRIMARY KEY ".length());
        }
    }

    private static void add(double[] totals, int rows, long nanos, double cpu) {
        totals[0] += rows;
        totals[1] += nanos;
        totals[2] += cpu;
    }

    private static long factsOf(String jdbc, LocalDate month) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM monitoring_headcount WHERE month = '" + month + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long lastRunId(String jdbc, LocalDate month) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM monitoring_detection_run WHERE month = '" + month + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits for the month's next finished run: {seconds, signals, enterprises}. */
    private static double[] waitForRun(String jdbc, LocalDate month, long after) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            for (int i = 0; i < 36000; i++) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                        SELECT status, extract(epoch FROM finished_at - started_at), signals, enterprises FROM monitoring_detection_run
                        WHERE month = '%s' AND id > %d AND status <> 'RUNNING' ORDER BY id DESC LIMIT 1""".formatted(month, after))) {
                    if (rs.next()) {
                        if (!"FINISHED".equals(rs.getString(1))) throw new IllegalStateException("detection of " + month + " failed; see the app log");
                        return new double[]{rs.getDouble(2), rs.getInt(3), rs.getInt(4)};
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("no detection run of " + month + " within an hour");
    }

    private static void logIn(HttpClient http, String base, String user, String password) throws Exception {
        String token = csrf(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error"))
            throw new IllegalStateException("login as " + user + " failed");
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the page");
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static double median(List<double[]> runs) {
        double[] d = runs.stream().mapToDouble(r -> r[0]).sorted().toArray();
        return d.length == 0 ? 0 : d[d.length / 2];
    }

    /** CPU seconds of the app JVM and PostgreSQL with all their processes so far (-Dpids=APP,PG). */
    private static double serverCpu() {
        String pids = System.getProperty("pids");
        if (pids == null) return 0;
        Set<Long> all = new HashSet<>();
        for (String pid : pids.split(",")) {
            ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(h -> {
                all.add(h.pid());
                h.descendants().forEach(d -> all.add(d.pid()));
            });
        }
        long ticks = 0;
        for (long pid : all) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException e) {
                // the process ended in between
            }
        }
        return ticks / 100.0;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
