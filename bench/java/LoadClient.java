package tongxing.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop HTTP load client for the benchmarks (not a test): N virtual users, each
 * with its own session, send a bounded number of GET requests taken from a URL file, then the
 * client prints latency percentiles and throughput. Loopback only: the base URL must point at
 * this machine. Run: {@code java -cp CLASSES tongxing.bench.LoadClient --help}.
 *
 * <p>URL file: one request per line, {@code group label path}; {@code group} is {@code province},
 * {@code city} or {@code any} and says which users send it; {@code #} starts a comment. Non-ASCII
 * characters in the path are percent-encoded.
 */
public final class LoadClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

    record Target(String group, String label, String path) {
    }

    record Sample(String label, long nanos, int status) {
    }

    private final Map<String, String> options;
    private final URI base;

    private LoadClient(Map<String, String> options) {
        this.options = options;
        this.base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        String host = base.getHost();
        if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")))
            throw new IllegalArgumentException("loopback only: " + base);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                System.out.println("""
                        LoadClient --base http://127.0.0.1:PORT --urls FILE [--users 50] [--requests 40] [--warmup 5]
                                   [--province admin:PASSWORD] [--city haikou:PASSWORD] [--api-key KEY] [--max-seconds 600]
                                   [--think-ms 0] [--server-pids PID,PID]
                        Users alternate province/city; with --api-key every user sends the X-Api-Key header instead of logging in.
                        --think-ms: mean pause of a user between two requests (uniform 0..2x, not counted in latency);
                        0 sends back to back, which measures the server at saturation.
                        --server-pids: the app's and PostgreSQL's pids; their CPU time (with child processes) during the
                        measured phase is reported per request, a figure that other load on the machine hardly moves.""");
                return;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("bad argument " + args[i]);
            options.put(args[i].substring(2), args[++i]);
        }
        new LoadClient(options).run();
    }

    private void run() throws Exception {
        List<Target> targets = readTargets(Path.of(require("urls")));
        int users = Integer.parseInt(options.getOrDefault("users", "50"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "40"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-seconds", "600"))).toNanos();
        String apiKey = options.get("api-key");
        int thinkMs = Integer.parseInt(options.getOrDefault("think-ms", "0"));

        List<VirtualUser> vus = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String group = apiKey != null ? "any" : (u % 2 == 0 ? "province" : "city");
            List<Target> mine = targets.stream().filter(t -> t.group().equals("any") || t.group().equals(group)).toList();
            if (mine.isEmpty()) throw new IllegalStateException("no URL for group " + group);
            VirtualUser vu = new VirtualUser(u, mine, apiKey);
            if (apiKey == null) vu.logIn(options.get(group).split(":", 2));
            vus.add(vu);
        }
        System.out.printf(Locale.ROOT, "%d users ready; %d warm-up + %d measured requests each, think time %d ms, against %s%n",
                users, warmup, requests, thinkMs, base);

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch warmedUp = new CountDownLatch(users), done = new CountDownLatch(users);
        long[] measuredStart = new long[1];
        double[] cpuAtStart = new double[2];
        Object startLock = new Object();
        List<Thread> threads = new ArrayList<>();
        for (VirtualUser vu : vus) {
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) vu.send(i);
                    warmedUp.countDown();
                    warmedUp.await();
                    synchronized (startLock) {
                        if (measuredStart[0] == 0) {
                            cpuAtStart[0] = serverCpuSeconds();
                            cpuAtStart[1] = appCpuSeconds();
                            measuredStart[0] = System.nanoTime();
                        }
                    }
                    java.util.Random pauses = new java.util.Random(vu.id);
                    for (int i = 0; i < requests && System.nanoTime() < deadline; i++) {
                        samples.add(vu.send(warmup + i));
                        if (thinkMs > 0) Thread.sleep(pauses.nextInt(2 * thinkMs + 1));
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("user " + vu.id + " stopped: " + e);
                } finally {
                    done.countDown();
                }
            }, "vu-" + vu.id);
            threads.add(t);
            t.start();
        }
        done.await();
        long wall = System.nanoTime() - measuredStart[0];
        double cpu = serverCpuSeconds() - cpuAtStart[0];
        double appCpu = appCpuSeconds() - cpuAtStart[1];
        report(new ArrayList<>(samples), wall, failures.get());
        if (options.containsKey("server-pids") && !samples.isEmpty()) {
            double perRequest = cpu * 1000 / samples.size();
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "server CPU (app + PostgreSQL) in the measured phase: %.1f s = %.1f ms per request;"
                    + " %d cores fully used would serve at most %.0f requests/s%n", cpu, perRequest, cores, cores * 1000 / perRequest);
            System.out.printf(Locale.ROOT, "  of which the app JVM %.1f ms, PostgreSQL %.1f ms per request%n",
                    appCpu * 1000 / samples.size(), (cpu - appCpu) * 1000 / samples.size());
        }
    }

    private void report(List<Sample> samples, long wallNanos, int failedUsers) {
        Map<String, List<Sample>> byLabel = new LinkedHashMap<>();
        byLabel.put("ALL", samples);
        for (Sample s : samples) byLabel.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s);
        System.out.printf(Locale.ROOT, "%n%-22s %7s %7s %8s %8s %8s %8s%n", "label", "count", "failed", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var e : byLabel.entrySet()) {
            long[] nanos = e.getValue().stream().mapToLong(Sample::nanos).sorted().toArray();
            long bad = e.getValue().stream().filter(s -> s.status() != 200).count();
            System.out.printf(Locale.ROOT, "%-22s %7d %7d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), nanos.length, bad,
                    ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                    ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]));
        }
        System.out.printf(Locale.ROOT, "%nmeasured %d requests in %.1f s: throughput %.1f requests/s; users stopped by errors: %d%n",
                samples.size(), wallNanos / 1e9, samples.size() / (wallNanos / 1e9), failedUsers);
    }

    /** User + system CPU of the given processes and all their descendants (Linux /proc), in seconds. */
    private double serverCpuSeconds() {
        String pids = options.get("server-pids");
        if (pids == null) return 0;
        java.util.Set<Long> all = new java.util.HashSet<>();   // a set: PostgreSQL may or may not be the app's child
        for (String pid : pids.split(",")) {
            ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(h -> {
                all.add(h.pid());
                h.descendants().forEach(d -> all.add(d.pid()));
            });
        }
        long ticks = all.stream().mapToLong(LoadClient::ticks).sum();
        return ticks / 100.0;   // USER_HZ, 100 on Linux
    }

    /** User + system CPU of the first of the server pids alone (the app JVM), in seconds. */
    private double appCpuSeconds() {
        String pids = options.get("server-pids");
        if (pids == null) return 0;
        return ownTicks(Long.parseLong(pids.split(",")[0].trim())) / 100.0;
    }

    private static long ownTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state ppid ... utime(12th) stime cutime cstime
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;   // the process ended in between
        }
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private String require(String option) {
        String v = options.get(option);
        if (v == null) throw new IllegalArgumentException("--" + option + " is required");
        return v;
    }

    static List<Target> readTargets(Path file) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            String[] parts = l.split("\\s+", 3);
            if (parts.length < 3) throw new IllegalArgumentException("expected 'group label path': " + line);
            targets.add(new Target(parts[0], parts[1], encode(parts[2])));
        }
        return targets;
    }

    /** Percent-encodes what is not ASCII (the Chinese of a name search), leaving the URL's own syntax alone. */
    static String encode(String path) {
        StringBuilder b = new StringBuilder();
        path.codePoints().forEach(cp -> {
            if (cp < 128 && cp != ' ') b.appendCodePoint(cp);
            else b.append(URLEncoder.encode(new String(Character.toChars(cp)), StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    private final class VirtualUser {
        final int id;
        final List<Target> targets;
        final String apiKey;
        final HttpClient http;

        VirtualUser(int id, List<Target> targets, String apiKey) {
            this.id = id;
            this.targets = targets;
            this.apiKey = apiKey;
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void logIn(String[] credentials) throws IOException, InterruptedException {
            if (credentials.length != 2) throw new IllegalArgumentException("expected user:password");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) throw new IllegalStateException("no CSRF token on /login (status " + page.statusCode() + ")");
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            String form = "username=" + URLEncoder.encode(credentials[0], StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(credentials[1], StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<Void> login = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error"))
                throw new IllegalStateException("login as " + credentials[0] + " failed: " + login.statusCode() + " " + location);
        }

        Sample send(int n) throws IOException, InterruptedException {
            Target t = targets.get((id * 7 + n) % targets.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(t.path())).timeout(Duration.ofSeconds(60)).GET();
            if (apiKey != null) request.header("X-Api-Key", apiKey);
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Sample(t.label(), System.nanoTime() - start, response.statusCode());
            } catch (HttpTimeoutException e) {
                return new Sample(t.label(), System.nanoTime() - start, 0);   // counted as non-200, the user goes on
            }
        }
    }
}
