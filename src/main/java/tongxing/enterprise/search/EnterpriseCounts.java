package tongxing.enterprise.search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Remembers the capped totals of registry searches (企业库查询的计数) until the registry changes.
 * Counting up to 10,001 matches of a common name or tag visits thousands of rows, and users page
 * through the same filter: each page used to count again. Every write of the enterprise module
 * (form, API feed, import, bulk load) calls {@link #registryChanged()}, which retires all
 * totals; nothing else writes the {@code enterprise} table. An entry also ages out after
 * {@link #MAX_AGE}, as a bound on what a change made by hand in the database could leave.
 */
@Component
public class EnterpriseCounts {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final int MAX_ENTRIES = 5_000;

    private record Entry(long generation, long total, long countedAtNanos) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The remembered total for these conditions, or the counter's answer (then remembered). */
    long total(EnterpriseConditions where, LongSupplier counter) {
        String key = where.sql() + '\u0000' + where.params();
        long current = generation.get();
        Entry e = entries.get(key);
        long now = System.nanoTime();
        if (e != null && e.generation() == current && now - e.countedAtNanos() < MAX_AGE.toNanos()) return e.total();
        long total = counter.getAsLong();
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry(current, total, now));
        return total;
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
