package tongxing.wage.feedback;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tongxing.platform.scheduling.SchedulerLifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a feedback batch to the persistent scheduler ({@link FeedbackTasks}), which runs it on
 * whichever node polls and resumes it after a restart. Where this node does not poll (the test
 * profile) the batch runs at once in the caller's thread, as detection does.
 *
 * <p>A batch still marked running that the scheduler no longer knows (lost in an upgrade from the
 * in-process executor, or its task removed by hand) could never finish and would block the year:
 * at start-up and before a new batch it is marked failed with the reason, its reports kept.
 */
@Component
class FeedbackBatchQueue {

    private static final Logger log = LoggerFactory.getLogger(FeedbackBatchQueue.class);
    /** A batch younger than this may still be on its way into the scheduler's table. */
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(2);

    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> task;
    private final SchedulerLifecycle lifecycle;
    private final FeedbackGeneration generation;
    private final JdbcClient jdbc;
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    FeedbackBatchQueue(SchedulerClient scheduler, OneTimeTask<Long> feedbackBatchTask, SchedulerLifecycle lifecycle,
                       FeedbackGeneration generation, JdbcClient jdbc) {
        this.scheduler = scheduler;
        this.task = feedbackBatchTask;
        this.lifecycle = lifecycle;
        this.generation = generation;
        this.jdbc = jdbc;
    }

    /** Runs the batch: on the scheduler when this node polls, else here and now. */
    void submit(long batchId) {
        if (lifecycle.polling()) {
            schedule(batchId, Instant.now());
            return;
        }
        try {
            runHere(batchId);
        } catch (RuntimeException e) {
            // the batch is marked failed with the reason, which the progress card shows
            log.warn("Feedback batch {} failed: {}", batchId, e.getMessage());
        }
    }

    /** Generates the batch in the calling thread (tests, benchmarks, the non-polling node). */
    void runHere(long batchId) {
        runningHere.add(batchId);
        try {
            generation.run(batchId);
        } finally {
            runningHere.remove(batchId);
        }
    }

    /** Writes the batch's one-time task (also the test of the wiring). */
    boolean schedule(long batchId, Instant at) {
        return scheduler.scheduleIfNotExists(task.instance(String.valueOf(batchId), batchId), at);
    }

    boolean scheduled(long batchId) {
        return scheduler.getScheduledExecution(TaskInstanceId.of(FeedbackTasks.BATCH, String.valueOf(batchId))).isPresent();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failOrphansAtStart() {
        int n = failOrphans(null);
        if (n > 0) log.warn("{} feedback batch(es) were running without a scheduled task and are marked failed", n);
    }

    /** Marks failed the running batches (of the year, or all) that nothing will ever run again; returns how many. */
    int failOrphans(Integer year) {
        List<FeedbackBatch> running = jdbc.sql("""
                        SELECT * FROM wage_feedback_batch WHERE status = 'RUNNING' AND (CAST(:year AS integer) IS NULL OR year = :year)
                        ORDER BY id""")
                .param("year", year).query(FeedbackReports::mapBatch).list();
        OffsetDateTime cutoff = OffsetDateTime.now().minus(ORPHAN_AFTER);
        int failed = 0;
        for (FeedbackBatch b : running) {
            if (b.startedAt().isAfter(cutoff) || runningHere.contains(b.id()) || scheduled(b.id())) continue;
            failed += generation.fail(b.id(), "生成中断：该批次已不在任务队列中（服务升级或任务被移除），已生成的 "
                    + b.done() + " 份报告保留，请重新生成");
        }
        return failed;
    }
}
