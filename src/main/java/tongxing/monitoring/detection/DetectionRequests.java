package tongxing.monitoring.detection;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tongxing.monitoring.feeds.FeedLoaded;
import tongxing.platform.scheduling.SchedulerLifecycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Asks for a month to be detected: as a one-time task of the persistent scheduler (picked by one
 * node, once). Where this node does not poll (the test profile), the run happens at once in the
 * caller's thread, so that what a test loads is detected deterministically.
 */
@Service
public class DetectionRequests {

    private final SchedulerClient scheduler;
    private final OneTimeTask<String> task;
    private final SchedulerLifecycle lifecycle;
    private final Detection detection;

    DetectionRequests(SchedulerClient scheduler, OneTimeTask<String> monthDetection, SchedulerLifecycle lifecycle, Detection detection) {
        this.scheduler = scheduler;
        this.task = monthDetection;
        this.lifecycle = lifecycle;
        this.detection = detection;
    }

    /** @return true when scheduled (or run), false when a run of the month was already waiting */
    public boolean request(LocalDate anyDay, String triggeredBy) {
        LocalDate month = anyDay.withDayOfMonth(1);
        if (!lifecycle.polling()) {
            detection.run(month, triggeredBy);
            return true;
        }
        return scheduler.scheduleIfNotExists(task.instance(month.toString(), month + "|" + triggeredBy), Instant.now());
    }

    /** Writes the one-time task without running it (for the test of the scheduler wiring). */
    boolean schedule(LocalDate month, String triggeredBy, Instant at) {
        return scheduler.scheduleIfNotExists(task.instance(month.toString(), month + "|" + triggeredBy), at);
    }

    /** A committed load: detect its months again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onFeedLoaded(FeedLoaded loaded) {
        for (LocalDate month : loaded.months()) request(month, "LOAD");
    }
}
