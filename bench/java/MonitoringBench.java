package tongxing.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tongxing.demo.HainanEnterpriseGenerator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Program 6 at Hainan scale (not a test). Against a running app whose registry holds the demo
 * generator's enterprises: (1) pushes {@code units} × {@code months} social-insurance facts through
 * the real path (POST /api/v1/monitoring/social-insurance, 5000 per request: JSON, checks against
 * the registry, COPY + merge per month) and COPYs the same rows into a bare table in the same run;
 * (2) detects one month; (3) detects all months (backfill); prints the figures.
 * Args: appBase pgPort units months
 */
public final class MonitoringBench {

    static final String KEY = "tx_bench_monitoring_key";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int pgPort = Integer.parseInt(args[1]);
        int units = Integer.parseInt(args[2]);
        int months = Integer.parseInt(args[3]);
        String jdbc = "jdbc:postgresql://127.0.0.1:" + pgPort + "/tongxing";
        List<String> usccs = new ArrayList<>(units);
        HainanEnterpriseGenerator g = new HainanEnterpriseGenerator(Integer.parseInt(System.getProperty("registry", String.valueOf(units))), 20201027L, 0);
        while (usccs.size() < units && g.hasNext()) usccs.add(g.next().uscc());
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(months);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO platform_api_key (name, key_prefix, key_hash, region_code, permissions, created_by) VALUES "
                        + "('bench', 'tx_bench_m', '" + sha256(KEY) + "', '460000', 'monitoring:write', 'bench') ON CONFLICT (key_hash) DO NOTHING");
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        long rows = 0, apiNanos = 0, copyNanos = 0;
        // A realistic series: each unit keeps its headcount from month to month with small moves (±2 people);
        // about 1 unit in 100 cuts 15–35 % in a month, and 1 in 200 is 3 months in arrears.
        Random seed = new Random(20201027L);
        int[] insured = new int[units];
        for (int i = 0; i < units; i++) insured[i] = 3 + (int) Math.round(Math.exp(2.3 + 1.1 * seed.nextGaussian()));
        for (int m = 0; m < months; m++) {
            LocalDate month = first.plusMonths(m);
            Random r = new Random(m);
            List<int[]> values = new ArrayList<>(units);
            for (int i = 0; i < units; i++) {
                if (r.nextInt(100) == 0) insured[i] = (int) Math.round(insured[i] * (0.65 + 0.2 * r.nextDouble()));
                else insured[i] = Math.max(1, insured[i] + r.nextInt(5) - 2);
                values.add(new int[]{insured[i], r.nextInt(200) == 0 ? 3 : 0});
            }
            long t0 = System.nanoTime();
            for (int from = 0; from < units; from += 5000) {
                StringBuilder body = new StringBuilder(5000 * 70).append('[');
                for (int i = from; i < Math.min(units, from + 5000); i++) {
                    if (i > from) body.append(',');
                    body.append("{\"uscc\":\"").append(usccs.get(i)).append("\",\"insured\":").append(values.get(i)[0])
                            .append(",\"arrearsMonths\":").append(values.get(i)[1]).append('}');
                }
                body.append(']');
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/monitoring/social-insurance?month="
                                + month.toString().substring(0, 7))).header("X-Api-Key", KEY).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
            }
            apiNanos += System.nanoTime() - t0;
            t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE UNLOGGED TABLE IF NOT EXISTS bench_bare_headcount (month date, uscc char(18), insured int, arrears_months smallint)");
                }
                CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_bare_headcount FROM STDIN");
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < units; i++) {
                    b.append(month).append('\t').append(usccs.get(i)).append('\t').append(values.get(i)[0]).append('\t').append(values.get(i)[1]).append('\n');
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
            copyNanos += System.nanoTime() - t0;
            rows += units;
            System.out.printf("month %s: %d rows loaded%n", month.toString().substring(0, 7), units);
        }
        double apiRate = rows / (apiNanos / 1e9), copyRate = rows / (copyNanos / 1e9);
        System.out.printf("Load through the real path (API, checks, COPY + merge): %.0f rows/s%n", apiRate);
        System.out.printf("COPY of the same rows into a bare table:                %.0f rows/s  (ratio %.2f, goal >= 0.5)%n", copyRate, apiRate / copyRate);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            System.out.println("Detection runs (the loads requested them; the scheduler ran them):");
            waitForRuns(c, first, months);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT to_char(month, 'YYYY-MM'), extract(epoch FROM finished_at - started_at), signals FROM monitoring_detection_run
                    WHERE status = 'FINISHED' AND month >= '%s' ORDER BY month""".formatted(first))) {
                double max = 0;
                while (rs.next()) {
                    max = Math.max(max, rs.getDouble(2));
                    System.out.printf("  %s: %.2f s, %d signals%n", rs.getString(1), rs.getDouble(2), rs.getInt(3));
                }
                System.out.printf("One month's detection (slowest month): %.2f s (goal < 5 s)%n", max);
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT extract(epoch FROM max(finished_at) - min(started_at)), sum(extract(epoch FROM finished_at - started_at))
                    FROM monitoring_detection_run WHERE status = 'FINISHED' AND month >= '%s'""".formatted(first))) {
                rs.next();
                System.out.printf("%d-month backfill: %.1f s of detection work (goal < 60 s)%n", months, rs.getDouble(2));
            }
        }
    }

    private static void waitForRuns(Connection c, LocalDate first, int months) throws Exception {
        for (int i = 0; i < 3600; i++) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM monitoring_detection_run WHERE status = 'FINISHED' AND month >= '" + first + "'")) {
                rs.next();
                if (rs.getInt(1) >= months) return;
            }
            Thread.sleep(1000);
        }
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
