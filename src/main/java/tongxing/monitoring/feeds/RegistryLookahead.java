package tongxing.monitoring.feeds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The registry asked for the regions of a month's lines while the rest of the body is still
 * being read: every {@link #CHUNK} good lines go to a thread of their own, which asks
 * {@link FeedChecks#regionsAt} on a connection of its own (a read of the registry outside the
 * load's transaction, as any read committed query sees it). The database answers on one core
 * while the request thread parses on the other. Each USCC is asked once per line; the answer is
 * by row position.
 */
final class RegistryLookahead implements AutoCloseable {

    /**
     * Lines a question: each question hashes the registry's (uscc, region) index once (a hash
     * join is several times cheaper than an index probe per USCC), so a province's month of
     * 400,000 lines asks four times.
     */
    static final int CHUNK = 131_072;

    private final FeedChecks checks;
    private final FeedMonthRows rows;
    private final ExecutorService thread;
    private final List<Future<String[]>> answers = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private int asked;

    RegistryLookahead(FeedChecks checks, FeedMonthRows rows) {
        this.checks = checks;
        this.rows = rows;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "feed-registry-lookahead");
            t.setDaemon(true);
            return t;
        });
    }

    /** Called after each good line: asks for the last chunk once it is full. */
    void added() {
        if (rows.size() - asked >= CHUNK) ask();
    }

    private void ask() {
        if (rows.size() == asked) return;
        // A copy, taken on the reading thread: the rows' arrays grow while the question runs.
        List<String> usccs = Arrays.asList(rows.usccs(asked, rows.size()));
        starts.add(asked);
        answers.add(thread.submit(() -> checks.regionsAt(usccs)));
        asked = rows.size();
    }

    /** The region of every row (null: not registered), once the last questions are answered. */
    String[] regions() {
        ask();
        String[] regions = new String[rows.size()];
        for (int i = 0; i < answers.size(); i++) {
            String[] part;
            try {
                part = answers.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking the registry", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
            System.arraycopy(part, 0, regions, starts.get(i), part.length);
        }
        return regions;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
