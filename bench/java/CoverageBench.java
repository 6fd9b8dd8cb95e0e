package tongxing.bench;

import tongxing.platform.crypto.PersonalDataCipher;
import tongxing.platform.identity.ResidentIdNumber;

import java.lang.reflect.Constructor;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench for issue #5: seeds the coordinators of a Hainan-sized registry (default 20,000: in-house
 * coordinators for part of the large/medium enterprises, grassroots ones covering ~70 % of the
 * small/micro enterprises of their city), then times the recomputation of every coverage
 * indicator — the province coverage page, which computes all regions' figures on each request —
 * sequentially, one request at a time.
 *
 * <pre>java -cp CLASSES tongxing.bench.CoverageBench --jdbc URL --key-file F --base http://127.0.0.1:PORT
 *      [--coordinators 20000] [--runs 5] [--login admin:PASSWORD]</pre>
 *
 * Seeding is idempotent: coordinators it created carry post_name 'BENCH' and are counted first.
 */
public final class CoverageBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        String base = require(a, "base");
        if (!URI.create(base).getHost().equals("127.0.0.1") && !URI.create(base).getHost().equals("localhost"))
            throw new IllegalArgumentException("the bench only talks to this machine");
        int target = Integer.parseInt(a.getOrDefault("coordinators", "20000"));
        int runs = Integer.parseInt(a.getOrDefault("runs", "5"));
        try (Connection db = DriverManager.getConnection(require(a, "jdbc"))) {
            seed(db, cipher(require(a, "key-file")), target);
            share(db);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT (SELECT count(*) FROM coordinator), (SELECT count(*) FROM coordinator_coverage),
                           (SELECT count(*) FROM enterprise), (SELECT count(*) FROM enterprise WHERE size_class IN ('LARGE','MEDIUM'))""")) {
                r.next();
                System.out.printf("Data: %,d coordinators, %,d coverage rows, %,d enterprises (%,d large/medium)%n",
                        r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
            }
        }
        String[] login = a.getOrDefault("login", "admin:Tongxing@2026").split(":", 2);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(http, base, login[0], login[1]);

        // 1. The recompute: 重新计算 on the province page recomputes every region's two indicators in one
        //    statement and stores the snapshot; the answer comes once it is committed.
        String token = csrf(get(http, base + "/coordinators/coverage"));
        post(http, base + "/coordinators/coverage/refresh", token);   // warm-up: JIT, plans, caches
        long[] ms = new long[runs];
        double[] cpu = serverCpu(a.get("server-pids"));
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            post(http, base + "/coordinators/coverage/refresh", token);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        print("Recompute all coverage indicators (重新计算: every region, both indicators, snapshot stored)", ms, cpu, a.get("server-pids"));

        // 2. The page itself now reads the snapshot.
        long[] page = new long[runs];
        cpu = serverCpu(a.get("server-pids"));
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            String html = get(http, base + "/coordinators/coverage");
            page[i] = (System.nanoTime() - t) / 1_000_000;
            if (!html.contains("coverage-table")) throw new IllegalStateException("not the coverage page");
        }
        print("Coverage page (province, from the snapshot), sequential", page, cpu, a.get("server-pids"));

        // 3. The rule button on one region, timed, then undone so that the data stays as seeded.
        String region = a.get("distribute");
        if (region != null) {
            try (Connection db = DriverManager.getConnection(require(a, "jdbc"))) {
                distribute(db, http, base, token, region, a.get("server-pids"));
            }
        }
    }

    /**
     * Times 按规则分配 (distributeUncovered) on a region through the screen, checks that it left nothing
     * uncovered, then deletes the rows it made (all RULE rows of enterprises that no grassroots coordinator
     * covered before) and recomputes the figures.
     */
    static void distribute(Connection db, HttpClient http, String base, String token, String region, String pids) throws Exception {
        String uncoveredSql = """
                SELECT e.uscc FROM enterprise e WHERE e.region_code = ? AND e.status = 'ACTIVE' AND e.size_class IN ('SMALL', 'MICRO')
                  AND NOT EXISTS (SELECT 1 FROM coordinator_coverage v JOIN coordinator c ON c.id = v.coordinator_id
                                  WHERE v.uscc = e.uscc AND c.workplace_type <> 'ENTERPRISE')""";
        List<String> before = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(uncoveredSql)) {
            ps.setString(1, region);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) before.add(r.getString(1));
            }
        }
        long t = System.nanoTime();
        double[] cpu = serverCpu(pids);
        post(http, base + "/coordinators/coverage/distribute", token, "region=" + region);
        long ms = (System.nanoTime() - t) / 1_000_000;
        double[] used = serverCpu(pids);
        long left;
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM (" + uncoveredSql + ") u")) {
            ps.setString(1, region);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                left = r.getLong(1);
            }
        }
        System.out.printf("Rule-based distribution (按规则分配) in %s: %,d uncovered small/micro enterprises assigned in %.3f s"
                        + " (server CPU %.2f s: app %.2f s, PostgreSQL %.2f s), %,d left; load average %s%n",
                region, before.size(), ms / 1000.0, used[0] - cpu[0], used[1] - cpu[1], used[0] - cpu[0] - (used[1] - cpu[1]),
                left, loadAverage());
        try (PreparedStatement ps = db.prepareStatement(
                "DELETE FROM coordinator_coverage WHERE source = 'RULE' AND uscc = ANY (?)")) {
            ps.setArray(1, db.createArrayOf("bpchar", before.toArray()));
            System.out.printf("Undone: %,d rows deleted%n", ps.executeUpdate());
        }
        if (!db.getAutoCommit()) db.commit();
        post(http, base + "/coordinators/coverage/refresh", token);
    }

    /** Wall times, and with the server's pids the CPU it used since {@code cpuBefore}, per run. */
    private static void print(String what, long[] ms, double[] cpuBefore, String pids) {
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s, %d runs: median %.3f s, min %.3f s, max %.3f s  (each: %s ms)%n", what, ms.length,
                sorted[ms.length / 2] / 1000.0, sorted[0] / 1000.0, sorted[ms.length - 1] / 1000.0, Arrays.toString(ms));
        if (pids != null) {
            double[] after = serverCpu(pids);
            double total = (after[0] - cpuBefore[0]) / ms.length, app = (after[1] - cpuBefore[1]) / ms.length;
            System.out.printf("  server CPU per run %.0f ms (app %.0f ms, PostgreSQL %.0f ms); load average %s%n",
                    total * 1000, app * 1000, (total - app) * 1000, loadAverage());
        }
    }

    /**
     * CPU seconds (user + system, exited children included) of the server: [0] the app JVM and PostgreSQL
     * with all their descendants, [1] the app JVM alone. Linux /proc, USER_HZ 100. Zeros without pids.
     */
    static double[] serverCpu(String pids) {
        if (pids == null) return new double[]{0, 0};
        java.util.Set<Long> all = new java.util.HashSet<>();
        String[] each = pids.split(",");
        for (String pid : each) {
            ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(h -> {
                all.add(h.pid());
                h.descendants().forEach(d -> all.add(d.pid()));
            });
        }
        long ticks = 0;
        for (long pid : all) ticks += ticks(pid, true);
        return new double[]{ticks / 100.0, ticks(Long.parseLong(each[0].trim()), false) / 100.0};
    }

    private static long ticks(long pid, boolean children) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return children ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;   // the process ended in between
        }
    }

    private static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** Creates the missing bench coordinators and their coverage, set-based where the registry is involved. */
    static void seed(Connection db, PersonalDataCipher cipher, int target) throws Exception {
        db.setAutoCommit(false);
        long existing = count(db, "SELECT count(*) FROM coordinator WHERE post_name = 'BENCH'");
        long others = count(db, "SELECT count(*) FROM coordinator WHERE post_name IS DISTINCT FROM 'BENCH'");
        int missing = (int) Math.max(0, target - existing - others);
        if (missing == 0) {
            System.out.printf("Bench coordinators present (%,d bench + %,d others)%n", existing, others);
            db.commit();
            return;
        }
        long start = System.nanoTime();
        // About a tenth in-house (one per large/medium enterprise, as far as there are any), the rest grassroots.
        List<String[]> lm = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT e.uscc, e.region_code FROM enterprise e
                WHERE e.status = 'ACTIVE' AND e.size_class IN ('LARGE','MEDIUM')
                  AND NOT EXISTS (SELECT 1 FROM coordinator c WHERE c.enterprise_uscc = e.uscc)
                ORDER BY e.id""")) {
            while (r.next()) lm.add(new String[]{r.getString(1), r.getString(2)});
        }
        List<String> cities = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT code FROM platform_region WHERE level <> 'PROVINCE' ORDER BY sort_order")) {
            while (r.next()) cities.add(r.getString(1));
        }
        int inHouse = Math.min(missing / 10, lm.size() * 6 / 10);
        long seq = count(db, "SELECT count(*) FROM coordinator") + 1;
        try (PreparedStatement ins = db.prepareStatement("""
                INSERT INTO coordinator (name, id_number_enc, id_number_hash, male, birth_date, region_code, workplace_type,
                    enterprise_uscc, post_name, full_time, appointed_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'BENCH', true, ?)
                ON CONFLICT (id_number_hash) DO NOTHING""")) {
            for (int i = 0; i < missing; i++, seq++) {
                boolean house = i < inHouse;
                String region = house ? lm.get(i)[1] : cities.get(i % cities.size());
                // (birth day, sequence number) is unique per seq below 12 million: no two bench ID numbers collide.
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(seq % 12_000);
                String first17 = region.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", (seq / 12_000) % 1000);
                String id = first17 + ResidentIdNumber.checkCharacter(first17);
                ins.setString(1, "基准协调员" + seq);
                ins.setString(2, cipher.encrypt(id));
                ins.setString(3, cipher.searchHash(id));
                ins.setBoolean(4, (seq % 2) == 1);
                ins.setObject(5, birth);
                ins.setString(6, region);
                ins.setString(7, house ? "ENTERPRISE" : "TOWNSHIP_STREET");
                ins.setString(8, house ? lm.get(i)[0] : null);
                ins.setObject(9, LocalDate.of(2021, 1, 1).plusDays(seq % 1500));
                ins.addBatch();
                if (i % 1000 == 999) ins.executeBatch();
            }
            ins.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO coordinator_coverage (coordinator_id, uscc, source)
                    SELECT id, enterprise_uscc, 'ENTERPRISE' FROM coordinator
                    WHERE post_name = 'BENCH' AND workplace_type = 'ENTERPRISE' ON CONFLICT DO NOTHING""");
            // Grassroots coordinators share ~70 % of their city's small/micro enterprises round-robin.
            s.executeUpdate("""
                    WITH g AS (SELECT id, region_code, row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS k,
                                      count(*) OVER (PARTITION BY region_code) AS n
                               FROM coordinator WHERE post_name = 'BENCH' AND workplace_type <> 'ENTERPRISE'),
                         e AS (SELECT uscc, region_code, row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS r
                               FROM enterprise WHERE status = 'ACTIVE' AND size_class IN ('SMALL', 'MICRO'))
                    INSERT INTO coordinator_coverage (coordinator_id, uscc, source)
                    SELECT g.id, e.uscc, 'RULE' FROM e JOIN g ON g.region_code = e.region_code AND g.k = e.r % g.n
                    WHERE e.r % 10 < 7
                    ON CONFLICT DO NOTHING""");
            s.execute("ANALYZE coordinator");
            s.execute("ANALYZE coordinator_coverage");
        }
        db.commit();
        System.out.printf("Seeded up to %,d coordinators (%,d in-house; ID numbers already present are skipped) and their coverage in %.1f s%n",
                missing, inHouse, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Issue #5 counts ~1.4M coverage rows for 20,000 coordinators: most covered small/micro enterprises
     * are shared by two grassroots coordinators of their city and a tenth by three (the covered share
     * stays ~70 %). Idempotent; skipped once the rows are there.
     */
    static void share(Connection db) throws Exception {
        if (count(db, "SELECT count(*) FROM coordinator_coverage") >= 1_200_000) return;
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            int n = s.executeUpdate("""
                    WITH g AS (SELECT id, region_code, row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS k,
                                      count(*) OVER (PARTITION BY region_code) AS n
                               FROM coordinator WHERE post_name = 'BENCH' AND workplace_type <> 'ENTERPRISE'),
                         e AS (SELECT uscc, region_code, row_number() OVER (PARTITION BY region_code ORDER BY id) - 1 AS r
                               FROM enterprise WHERE status = 'ACTIVE' AND size_class IN ('SMALL', 'MICRO'))
                    INSERT INTO coordinator_coverage (coordinator_id, uscc, source)
                    SELECT g.id, e.uscc, 'MANUAL' FROM e JOIN g ON g.region_code = e.region_code
                        AND g.n > 2 AND (g.k = (e.r + 1) % g.n AND e.r % 10 < 7 OR g.k = (e.r + 2) % g.n AND e.r % 10 < 1)
                    ON CONFLICT DO NOTHING""");
            s.execute("ANALYZE coordinator_coverage");
            db.commit();
            System.out.printf("Shared %,d covered enterprises with a second (and a tenth with a third) coordinator in %.1f s%n",
                    n, (System.nanoTime() - start) / 1e9);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The application's own cipher with the bench data dir's key, so the seeded ID numbers decrypt on screen. */
    private static PersonalDataCipher cipher(String keyFile) throws Exception {
        Constructor<PersonalDataCipher> c = PersonalDataCipher.class.getDeclaredConstructor(String.class, String.class);
        c.setAccessible(true);
        return c.newInstance("", keyFile);
    }

    private static void logIn(HttpClient http, String base, String user, String password) throws Exception {
        String form = get(http, base + "/login");
        Matcher m = CSRF.matcher(form);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the login page");
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) throw new IllegalStateException("login failed for " + user);
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + " for " + url);
        return r.body();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the page");
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** A form POST that must answer with a redirect (the screens' answer to a successful action). */
    private static void post(HttpClient http, String url, String token, String... fields) throws Exception {
        String body = "_csrf=" + enc(token) + (fields.length == 0 ? "" : "&" + String.join("&", fields));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) throw new IllegalStateException("HTTP " + r.statusCode() + " for POST " + url);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) throw new IllegalArgumentException("--" + key + " is required");
        return v;
    }
}
