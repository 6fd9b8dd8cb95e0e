package tongxing.enterprise.search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Remembers the capped totals of registry searches (企业库查询的计数) until the registry changes.
 * Counting up to 10,001 matches of a common name or tag visits thousands of rows, and users page
 * through the same filter: each page used to count again. Every write of the enterprise module
 * (form, API feed, import, bulk load) calls {@link #registryChanged()}, which retires all
 * totals; nothing else writes the {@code enterprise} table. An entry also ages out after
 * {@link #MAX_AGE}, as a bound on what a change made by hand in the database could leave.
 *
 * <p>Users who ask for the same uncounted filter at the same moment (fifty users opening the list
 * after a change) wait for one count instead of each running it: under bench 1 those simultaneous
 * misses were the whole tail of the size-class and USCC-prefix pages.
 */
@Component
public class EnterpriseCounts {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 5_000;

    private record Entry(long generation, long total, long countedAtNanos) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> counting = new ConcurrentHashMap<>();

    /** The remembered total for these conditions, or the counter's answer (then remembered). */
    long total(EnterpriseConditions where, LongSupplier counter) {
        String key = where.sql() + '\u0000' + where.params();
        long current = generation.get();
        Entry e = entries.get(key);
        if (e != null && e.generation() == current && System.nanoTime() - e.countedAtNanos() < MAX_AGE.toNanos()) {
            return e.total();
        }
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> running = counting.putIfAbsent(key, mine);
        if (running != null) return awaitOrCount(running, counter);
        try {
            long total = counter.getAsLong();
            if (entries.size() >= MAX_ENTRIES) entries.clear();
            entries.put(key, new Entry(current, total, System.nanoTime()));
            mine.complete(total);
            return total;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            counting.remove(key, mine);
        }
    }

    /** Another request's count of the same filter; if that one failed, this request counts for itself. */
    private static long awaitOrCount(CompletableFuture<Long> running, LongSupplier counter) {
        try {
            return running.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return counter.getAsLong();
        } catch (ExecutionException failed) {
            return counter.getAsLong();
        }
    }

    /**
     * Forgets every total. Called inside the writing transaction, it forgets them again after
     * the commit, so that a search counted between the write and its commit is not kept either.
     */
    public void registryChanged() {
        generation.incrementAndGet();
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    entries.clear();
                }
            });
        }
    }
}
