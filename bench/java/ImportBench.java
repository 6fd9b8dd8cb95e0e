package tongxing.bench;

import tongxing.demo.HainanEnterpriseGenerator;
import tongxing.enterprise.EnterpriseData;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench 3: imports N enterprises from a CSV file through the real import path (HTTP upload →
 * row validation → commit, as a user does it) and, in the same run, COPYs the same file into a
 * bare table of the same database. Prints rows/s of both and their ratio.
 *
 * <pre>java -cp classes:bench-classes:postgresql.jar tongxing.bench.ImportBench BASE_URL PG_PORT ROWS CSV_PATH</pre>
 */
public final class ImportBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String HEADER = "统一社会信用代码,企业名称,所属市县,行业代码,登记注册类型,从业人员,营业收入（万元）,资产总额（万元）,"
            + "法定代表人,联系人,联系电话,地址,成立日期,经营状态,标签";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int pgPort = Integer.parseInt(args[1]);
        long rows = Long.parseLong(args[2]);
        Path csv = Path.of(args[3]);
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }

        // Offset the USCC sequence so that the rows are new to a registry loaded by the demo generator,
        // and new at every run: with a fixed offset a second run on the same data dir measured an
        // import that changed nothing (every row unchanged, no insert, no index maintenance).
        // The generator has 31^6 (887 million) USCCs per area; the demo registry uses the first million.
        long offset = 2_000_000L + (System.currentTimeMillis() / 1000 % 880) * 1_000_000L;
        long t0 = System.nanoTime();
        writeCsv(csv, rows, offset);
        System.out.printf("CSV: %,d rows, %.1f MB, written in %.1f s%n", rows, Files.size(csv) / 1e6, secs(t0));

        ServerCpu cpu = new ServerCpu();
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        login(http, base, "admin", "Tongxing@2026");

        // WARMUP_ROWS > 0: import that many other new rows first (not measured), so that the figures below
        // are those of a warmed-up JVM (JIT compiled) rather than of a server's first import after a start.
        long warmupRows = Long.parseLong(System.getenv().getOrDefault("WARMUP_ROWS", "0"));
        if (warmupRows > 0) {
            Path warmCsv = csv.resolveSibling("import-warmup-" + warmupRows + ".csv");
            writeCsv(warmCsv, warmupRows, offset + rows);
            ServerCpu.Sample w = cpu.sample();
            long tw = System.nanoTime();
            commit(http, base, upload(http, base, warmCsv));
            System.out.printf("Warm-up import of %,d other rows (not measured): %.1f s%s%n", warmupRows, secs(tw), cpu.since(w));
            Files.delete(warmCsv);
        }
        ServerCpu.Sample c0 = cpu.sample();
        double copySeconds = copy(pgPort, csv);
        System.out.printf("COPY into a bare table: %.1f s, %,.0f rows/s%s%n", copySeconds, rows / copySeconds, cpu.since(c0));

        ServerCpu.Sample c1 = cpu.sample();
        long t1 = System.nanoTime();
        String jobPath = upload(http, base, csv);
        double uploadSeconds = secs(t1);
        System.out.printf("Import upload + validation of every row (valid rows COPYed to the job's stage): %.1f s, %,.0f rows/s%s (%s)%n",
                uploadSeconds, rows / uploadSeconds, cpu.since(c1), jobPath);

        ServerCpu.Sample c2 = cpu.sample();
        long wal0 = walPosition(pgPort);
        long t2 = System.nanoTime();
        String report = commit(http, base, jobPath);
        double commitSeconds = secs(t2);
        long walBytes = walPosition(pgPort) - wal0;
        System.out.printf("Import commit (merge of the stage by USCC): %.1f s, %,.0f rows/s%s; WAL %,.0f MB (%,d bytes a row)%n",
                commitSeconds, rows / commitSeconds, cpu.since(c2), walBytes / 1e6, walBytes / rows);

        double total = uploadSeconds + commitSeconds;
        System.out.printf("%nImport end to end: %.1f s, %,.0f rows/s = %.2f × COPY (goal ≥ 0.3×)%s%n",
                total, rows / total, copySeconds / total, cpu.since(c1));
        Matcher m = Pattern.compile("(新增|更新|未变化)[^0-9]{0,40}?([0-9,]+)").matcher(report);
        long inserted = -1;
        while (m.find()) {
            System.out.println("  job report: " + m.group(1) + " " + m.group(2));
            if (m.group(1).equals("新增")) inserted = Long.parseLong(m.group(2).replace(",", ""));
        }

        // INDEXED_COPY=false skips it; it needs every row of the file inserted (they are read back by id).
        if (!"false".equals(System.getenv("INDEXED_COPY")) && inserted == rows) {
            ServerCpu.Sample c3 = cpu.sample();
            IndexedCopy indexed = indexedCopy(pgPort, rows, csv.resolveSibling("import-" + rows + "-stored.bin"));
            System.out.printf("%nCOPY of the same rows as the registry stores them into a copy of the registry (its other rows "
                            + "already in, no triggers), then its %d indexes built: %.1f s (COPY %.1f s, indexes %.1f s, ANALYZE %.1f s)%s%n",
                    indexed.indexes(), indexed.total(), indexed.copy(), indexed.build(), indexed.analyze(), cpu.since(c3));
            System.out.printf("Import end to end = %.2f × that (what no loader of this registry can go below on this machine)%n",
                    indexed.total() / total);
        }
    }

    record IndexedCopy(int indexes, double copy, double build, double analyze) {
        double total() {
            return copy + build + analyze;
        }
    }

    /**
     * The floor under any first load of this registry: the imported rows, already validated, encrypted
     * and classified (read back from the registry), COPYed in binary into a table shaped like
     * {@code enterprise} that holds the registry's other rows, then the registry's indexes built on
     * it as a first load builds them. Only the COPY and the builds are timed.
     */
    private static IndexedCopy indexedCopy(int pgPort, long rows, Path stored) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/tongxing", "postgres", "")) {
            var copyApi = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            long firstNew;
            try (var rs = c.createStatement().executeQuery("SELECT id FROM enterprise ORDER BY id DESC OFFSET " + (rows - 1) + " LIMIT 1")) {
                rs.next();
                firstNew = rs.getLong(1);
            }
            try (var out = Files.newOutputStream(stored)) {
                copyApi.copyOut("COPY (SELECT * FROM enterprise WHERE id >= " + firstNew + " ORDER BY id) TO STDOUT (FORMAT binary)", out);
            }
            List<String> ddl = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'enterprise'")) {
                while (rs.next()) {
                    ddl.add(rs.getString(1).replaceFirst("INDEX (\\S+) ON public\\.enterprise ", "INDEX bench_$1 ON public.bench_registry_copy "));
                }
            }
            c.createStatement().execute("""
                    DROP TABLE IF EXISTS bench_registry_copy;
                    CREATE TABLE bench_registry_copy (LIKE enterprise INCLUDING DEFAULTS)""");
            c.createStatement().execute("INSERT INTO bench_registry_copy SELECT * FROM enterprise WHERE id < " + firstNew);
            c.createStatement().execute("CHECKPOINT");
            c.setAutoCommit(false);
            try {
                c.createStatement().execute("SET LOCAL maintenance_work_mem = '512MB'");
                long t = System.nanoTime();
                try (var in = Files.newInputStream(stored)) {
                    copyApi.copyIn("COPY bench_registry_copy FROM STDIN (FORMAT binary)", in);
                }
                double copy = secs(t);
                t = System.nanoTime();
                for (String index : ddl) c.createStatement().execute(index);
                double build = secs(t);
                t = System.nanoTime();
                c.createStatement().execute("ANALYZE bench_registry_copy");
                double analyze = secs(t);
                return new IndexedCopy(ddl.size(), copy, build, analyze);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.createStatement().execute("DROP TABLE IF EXISTS bench_registry_copy");
                Files.deleteIfExists(stored);
            }
        }
    }

    private static void writeCsv(Path csv, long rows, long offset) throws IOException {
        System.out.printf("USCC sequence from %,d (new enterprises)%n", offset);
        HainanEnterpriseGenerator gen = new HainanEnterpriseGenerator(rows, 4_600_000L, offset);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            while (gen.hasNext()) {
                EnterpriseData d = gen.next();
                w.write(String.join(",", List.of(d.uscc(), q(d.name()), d.regionCode(), d.industryCode(), n(d.ownershipCode()),
                        n(d.employees()), n(d.revenue() == null ? null : d.revenue().toPlainString()),
                        n(d.assets() == null ? null : d.assets().toPlainString()), q(d.legalRepresentative()),
                        q(d.contactPerson()), n(d.contactPhone()), q(d.address()), n(d.establishedOn()), "在营",
                        q(String.join("、", d.tags())))));
                w.write('\n');
            }
        }
    }

    /**
     * CPU seconds of the app JVM (BENCH_APP_PID) and of the PostgreSQL of the data dir
     * (BENCH_PG_PID, the postmaster, with its live children and those it has reaped), read from
     * /proc: unlike wall time, other load on the machine hardly moves them.
     */
    static final class ServerCpu {
        record Sample(double app, double pg) {
        }

        private final long appPid = Long.parseLong(System.getenv().getOrDefault("BENCH_APP_PID", "0"));
        private final long pgPid = Long.parseLong(System.getenv().getOrDefault("BENCH_PG_PID", "0"));
        private final double hz = 100.0; // USER_HZ on Linux

        Sample sample() {
            if (appPid == 0 || pgPid == 0) return new Sample(0, 0);
            double pg = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                    long pid = Long.parseLong(p.getFileName().toString());
                    String[] f = stat(pid);
                    if (f == null) continue;
                    if (pid == pgPid || Long.parseLong(f[1]) == pgPid) pg += ticks(f);
                }
            } catch (IOException e) {
                return new Sample(0, 0);
            }
            String[] app = stat(appPid);
            return new Sample(app == null ? 0 : ticks(app) / hz, pg / hz);
        }

        String since(Sample before) {
            if (appPid == 0 || pgPid == 0) return "";
            Sample now = sample();
            return String.format("; server CPU %.1f s (app %.1f, PostgreSQL %.1f); load average %s", now.app - before.app + now.pg - before.pg,
                    now.app - before.app, now.pg - before.pg, loadAverage());
        }

        /** Fields after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
        private static String[] stat(long pid) {
            try {
                String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                return s.substring(s.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static double ticks(String[] f) {
            return Double.parseDouble(f[11]) + Double.parseDouble(f[12]) + Double.parseDouble(f[13]) + Double.parseDouble(f[14]);
        }

        private static String loadAverage() {
            try {
                String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return l[0] + " " + l[1] + " " + l[2];
            } catch (IOException e) {
                return "?";
            }
        }
    }

    private static double copy(int pgPort, Path csv) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/tongxing", "postgres", "")) {
            c.createStatement().execute("""
                    DROP TABLE IF EXISTS bench_copy_target;
                    CREATE TABLE bench_copy_target (uscc text, name text, region text, industry text, ownership text,
                        employees text, revenue text, assets text, legal_rep text, contact text, phone text, address text,
                        established text, status text, tags text)""");
            long t = System.nanoTime();
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_copy_target FROM STDIN (FORMAT csv, HEADER true)", r);
            }
            double s = secs(t);
            c.createStatement().execute("DROP TABLE bench_copy_target");
            return s;
        }
    }

    /** Where the database's WAL stands, in bytes (everything the commit wrote: heap, indexes, full pages). */
    private static long walPosition(int pgPort) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/tongxing", "postgres", "");
             var rs = c.createStatement().executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void login(HttpClient http, String base, String user, String password) throws Exception {
        String token = csrf(get(http, base + "/login"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
    }

    private static String upload(HttpClient http, String base, Path csv) throws Exception {
        String token = csrf(get(http, base + "/imports/enterprise"));
        String boundary = "----tongxing-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench-enterprises.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/imports/enterprise"))
                        .timeout(Duration.ofMinutes(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> sequence(head, csv, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || !location.matches(".*/imports/\\d+$")) {
            throw new IllegalStateException("upload failed: " + r.statusCode() + " " + location);
        }
        return URI.create(location).getPath();
    }

    private static String commit(HttpClient http, String base, String jobPath) throws Exception {
        String token = csrf(get(http, base + jobPath));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + jobPath + "/commit"))
                        .timeout(Duration.ofMinutes(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) throw new IllegalStateException("commit failed: " + r.statusCode());
        String page = get(http, base + jobPath);
        if (!page.contains("COMMITTED") && !page.contains("已导入")) {
            System.out.println("warning: the job page does not say it was committed; check it in the browser: " + jobPath);
        }
        return page.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static InputStream sequence(byte[] head, Path file, byte[] tail) {
        try {
            return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head), Files.newInputStream(file)),
                    new ByteArrayInputStream(tail));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + url + " → " + r.statusCode());
        return r.body();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the page");
        return m.group(1);
    }

    private static String q(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String n(Object o) {
        return o == null ? "" : o.toString();
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private ImportBench() {
    }
}
