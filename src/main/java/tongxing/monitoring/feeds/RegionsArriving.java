package tongxing.monitoring.feeds;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The registry's region of each row of a load, by position in USCC order, as the answer arrives:
 * the registry is asked on another thread (and connection) while the load's connection already
 * writes the rows whose answer is in, so that PostgreSQL reads the registry on one core while it
 * takes the COPY on the other. {@link #at} waits for the answer of a position.
 */
final class RegionsArriving {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegionsArriving.class);

    private final String[] regions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition moved = lock.newCondition();
    /** Positions below this are answered (written to {@link #regions} before it is raised). */
    private volatile int ready;
    private volatile RuntimeException failed;

    private RegionsArriving(String[] regions, int ready) {
        this.regions = regions;
        this.ready = ready;
    }

    /** An answer already at hand ({@code regions[i]}: the region of the i-th USCC, null if unknown). */
    static RegionsArriving known(String[] regions) {
        return new RegionsArriving(regions, regions.length);
    }

    /** Asks the registry for {@code usccs} (in ascending order) on {@code executor}. */
    static RegionsArriving ask(Executor executor, FeedChecks checks, List<String> usccs) {
        RegionsArriving answer = new RegionsArriving(new String[usccs.size()], 0);
        executor.execute(() -> {
            long t0 = System.nanoTime();
            try {
                checks.regionsArriving(usccs, answer.regions, answer::advance);
                if (log.isDebugEnabled()) log.debug("{} USCCs located in the registry in {} ms", usccs.size(), (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                answer.fail(e);
            } catch (Error e) {
                answer.fail(new IllegalStateException(e));
                throw e;
            }
        });
        return answer;
    }

    /** The region of the i-th USCC, null if the registry does not know it; waits until that part of the answer is in. */
    String at(int i) {
        if (i < ready) return regions[i];
        lock.lock();
        try {
            while (i >= ready) {
                if (failed != null) throw new IllegalStateException("registry lookup failed", failed);
                moved.await(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the registry", e);
        } finally {
            lock.unlock();
        }
        return regions[i];
    }

    private void advance(int upTo) {
        if (upTo <= ready) return;
        lock.lock();
        try {
            ready = upTo;
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void fail(RuntimeException e) {
        lock.lock();
        try {
            failed = e;
            moved.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
