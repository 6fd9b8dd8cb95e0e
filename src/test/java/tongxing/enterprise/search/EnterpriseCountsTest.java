package tongxing.enterprise.search;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Simultaneous requests for the same uncounted filter share one count. */
class EnterpriseCountsTest {

    final EnterpriseCounts counts = new EnterpriseCounts();
    final EnterpriseConditions sizeSmall = new EnterpriseConditions("e.size_class = :size", Map.of("size", "SMALL"), "e.id DESC");

    @Test
    void a_request_arriving_while_the_same_filter_is_counted_waits_for_that_count() throws Exception {
        CountDownLatch counting = new CountDownLatch(1), release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        LongSupplier slowCount = () -> {
            calls.incrementAndGet();
            counting.countDown();
            await(release);
            return 4_321;
        };
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> counts.total(sizeSmall, slowCount));
        assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();

        Thread second = new Thread(() -> assertThat(counts.total(sizeSmall, slowCount)).isEqualTo(4_321));
        second.start();
        waitUntilBlocked(second);
        release.countDown();
        second.join(10_000);

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(4_321);
        assertThat(second.isAlive()).isFalse();
        assertThat(calls).hasValue(1);
        assertThat(counts.total(sizeSmall, () -> { throw new AssertionError("remembered, not counted again"); }))
                .isEqualTo(4_321);
    }

    @Test
    void when_the_shared_count_fails_the_waiting_request_counts_for_itself() throws Exception {
        CountDownLatch counting = new CountDownLatch(1), release = new CountDownLatch(1);
        CompletableFuture<Long> failing = CompletableFuture.supplyAsync(() -> counts.total(sizeSmall, () -> {
            counting.countDown();
            await(release);
            throw new IllegalStateException("statement timeout");
        }));
        assertThat(counting.await(10, TimeUnit.SECONDS)).isTrue();
        long[] seen = {-1};
        Thread waiting = new Thread(() -> seen[0] = counts.total(sizeSmall, () -> 17));
        waiting.start();
        waitUntilBlocked(waiting);
        release.countDown();
        waiting.join(10_000);

        assertThat(seen[0]).isEqualTo(17);
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("statement timeout");
    }

    @Test
    void a_change_of_the_registry_retires_the_remembered_total() {
        assertThat(counts.total(sizeSmall, () -> 5)).isEqualTo(5);
        counts.registryChanged();
        assertThat(counts.total(sizeSmall, () -> 6)).isEqualTo(6);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("not released");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A thread parked on the running count (the future's wait) has reached the point under test. */
    private static void waitUntilBlocked(Thread t) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING);
    }
}
