package tongxing.bench;

import tongxing.demo.DemoWage;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench 5 (program 7): ROWS synthetic employee records (职工薪酬明细, {@link DemoWage#records}) uploaded
 * through the real collection path — HTTP upload of one CSV file per surveyed enterprise to
 * /wage/returns/{id}/upload as the provincial office, where every row is parsed and checked
 * (occupation code, formats, minimum wage, duplicates), COPYed to staging, outliers marked, and the
 * return's records replaced — and, in the same run, the same files COPYed into a bare table of the
 * same database. Prints rows/s of both and the ratio.
 *
 * <pre>java -cp BENCH_CLASSPATH tongxing.bench.WageLoadBench BASE_URL PG_PORT ROWS ENTERPRISES THREADS YEAR WORK_DIR [APP_PID PG_PID]</pre>
 *
 * With the pids of the app and of its postmaster it also prints the CPU time each used during the
 * uploads (from /proc, PostgreSQL with all its backends), per row: a figure other load hardly moves.
 */
public final class WageLoadBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int pgPort = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        int enterprises = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int year = Integer.parseInt(args[5]);
        Path dir = Path.of(args[6]);
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pgPort + "/tongxing";
        int perFile = rows / enterprises;

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        login(http, base, "admin", "Tongxing@2026");
        List<Long> returns = prepareSurvey(http, base, jdbcUrl, year, enterprises);

        long t0 = System.nanoTime();
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < returns.size(); i++) files.add(writeCsv(dir.resolve("wage-" + i + ".csv"), 1000L + i, perFile));
        long total = (long) perFile * returns.size();
        System.out.printf("CSV: %d files × %,d rows = %,d rows, %.1f MB, written in %.1f s%n", files.size(), perFile, total,
                files.stream().mapToLong(WageLoadBench::size).sum() / 1e6, secs(t0));

        double copySeconds = copy(jdbcUrl, files);
        System.out.printf("COPY into a bare table: %.1f s, %,.0f rows/s%n", copySeconds, total / copySeconds);

        long appPid = args.length > 8 ? Long.parseLong(args[7]) : -1, pgPid = args.length > 8 ? Long.parseLong(args[8]) : -1;
        double app0 = appPid < 0 ? 0 : cpuSeconds(appPid, false), pg0 = pgPid < 0 ? 0 : cpuSeconds(pgPid, true);
        long t1 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        double[] uploadSeconds = new double[files.size()];
        for (int i = 0; i < files.size(); i++) {
            long id = returns.get(i);
            Path f = files.get(i);
            int n = i;
            done.add(pool.submit(() -> {
                long u = System.nanoTime();
                upload(http, base, id, f);
                uploadSeconds[n] = secs(u);
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        double loadSeconds = secs(t1);
        double appCpu = appPid < 0 ? 0 : cpuSeconds(appPid, false) - app0, pgCpu = pgPid < 0 ? 0 : cpuSeconds(pgPid, true) - pg0;

        long stored = stored(jdbcUrl, returns);
        System.out.printf("Collection path (%d uploads, %d at a time; parse + check + COPY + replace + outliers): %.1f s, %,.0f rows/s%n",
                files.size(), threads, loadSeconds, total / loadSeconds);
        System.out.printf("Records stored for the bench returns: %,d of %,d%n", stored, total);
        if (appPid >= 0) {
            System.out.printf("Server CPU during the uploads: app %.1f s, PostgreSQL %.1f s = %.1f + %.1f µs per row%n",
                    appCpu, pgCpu, appCpu * 1e6 / total, pgCpu * 1e6 / total);
        }
        // a check that grows with the stored pool shows as later uploads taking longer than the first ones
        int tenth = Math.max(1, files.size() / 10);
        System.out.printf("Upload time, first %d uploads: mean %.2f s; last %d uploads: mean %.2f s%n", tenth,
                java.util.Arrays.stream(uploadSeconds, 0, tenth).average().orElse(0), tenth,
                java.util.Arrays.stream(uploadSeconds, files.size() - tenth, files.size()).average().orElse(0));
        System.out.printf("%nCollection end to end: %.2f × COPY%n", copySeconds / loadSeconds);
        if (stored != total) {
            System.out.println("First reasons in the upload reports: " + firstReasons(jdbcUrl, returns));
            throw new IllegalStateException("not every row was stored: see the returns' upload reports");
        }
        for (Path f : files) Files.deleteIfExists(f);
    }

    /** Opens the year (if not yet), selects the first N registry enterprises by an uploaded list, returns the return ids. */
    private static List<Long> prepareSurvey(HttpClient http, String base, String jdbcUrl, int year, int n) throws Exception {
        String token = csrf(get(http, base + "/wage/surveys"));
        post(http, base + "/wage/surveys", "year=" + year + "&deadline=" + (year + 1) + "-03-31&_csrf=" + token);
        List<String> usccs = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement ps = c.prepareStatement("SELECT uscc FROM enterprise WHERE status = 'ACTIVE' ORDER BY uscc LIMIT ?")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) usccs.add(rs.getString(1));
            }
        }
        byte[] list = ("统一社会信用代码\n" + String.join("\n", usccs) + "\n").getBytes(StandardCharsets.UTF_8);
        token = csrf(get(http, base + "/wage/surveys/" + year));
        multipart(http, base + "/wage/surveys/" + year + "/import", token, "bench-list.csv", list, null);
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id FROM wage_survey_enterprise WHERE year = ? AND uscc = ANY (?) ORDER BY id")) {
            ps.setInt(1, year);
            ps.setArray(2, c.createArrayOf("text", usccs.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        if (ids.size() != n) throw new IllegalStateException("selected " + ids.size() + " of " + n + " enterprises for " + year);
        return ids;
    }

    private static Path writeCsv(Path csv, long seed, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(String.join(",", DemoWage.HEADER));
            w.write('\n');
            for (List<String> r : DemoWage.records(seed, n)) {
                w.write(String.join(",", r));
                w.write('\n');
            }
        }
        return csv;
    }

    private static double copy(String jdbcUrl, List<Path> files) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            c.createStatement().execute("""
                    DROP TABLE IF EXISTS bench_wage_copy_target;
                    CREATE TABLE bench_wage_copy_target (occupation text, post text, education text, age text, sex text,
                        hire_year text, skill text, title text, hours text, base text, bonus text, allowances text, overtime text)""");
            long t = System.nanoTime();
            for (Path f : files) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                            .copyIn("COPY bench_wage_copy_target FROM STDIN (FORMAT csv, HEADER true)", r);
                }
            }
            double s = secs(t);
            c.createStatement().execute("DROP TABLE bench_wage_copy_target");
            return s;
        }
    }

    private static void upload(HttpClient http, String base, long returnId, Path csv) throws Exception {
        String token = csrf(get(http, base + "/wage/returns/" + returnId));
        HttpResponse<String> r = multipart(http, base + "/wage/returns/" + returnId + "/upload", token, csv.getFileName().toString(), null, csv);
        if (r.statusCode() != 302) throw new IllegalStateException("upload to return " + returnId + " failed: " + r.statusCode());
    }

    private static long stored(String jdbcUrl, List<Long> returns) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(record_count), 0) FROM wage_survey_enterprise WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", returns.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> firstReasons(String jdbcUrl, List<Long> returns) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement ps = c.prepareStatement("""
                     SELECT i.line_no || ' ' || i.column_name || ': ' || i.reason FROM wage_upload_issue i
                     JOIN wage_upload u ON u.id = i.upload_id WHERE u.survey_enterprise_id = ANY (?) AND i.severity = 'ERROR'
                     ORDER BY u.id DESC, i.line_no LIMIT 5""")) {
            ps.setArray(1, c.createArrayOf("bigint", returns.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void login(HttpClient http, String base, String user, String password) throws Exception {
        String token = csrf(get(http, base + "/login"));
        HttpResponse<String> r = post(http, base + "/login", "username=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token);
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode());
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> multipart(HttpClient http, String url, String token, String fileName, byte[] bytes, Path file)
            throws Exception {
        String boundary = "----tongxing-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> sequence(head, bytes, file, tail))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static InputStream sequence(byte[] head, byte[] bytes, Path file, byte[] tail) {
        try {
            InputStream body = file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
            return new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head), body), new ByteArrayInputStream(tail));
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

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private WageLoadBench() {
    }

    /** utime + stime of the process (and of its children: the postmaster's backends), seconds; Linux /proc only. */
    private static double cpuSeconds(long pid, boolean withChildren) throws IOException {
        long ticks = ticks(pid, true);
        if (withChildren) {
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) continue;
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        if (Long.parseLong(f[1]) == pid) ticks += ticks(Long.parseLong(name), true);
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile: its time is in its parent's children figures
                    }
                }
            }
        }
        return ticks / 100.0;   // USER_HZ is 100 on Linux
    }

    private static long ticks(long pid, boolean children) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);               // utime, stime
        if (children) t += Long.parseLong(f[13]) + Long.parseLong(f[14]);     // cutime, cstime
        return t;
    }
}
