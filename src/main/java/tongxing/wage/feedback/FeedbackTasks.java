package tongxing.wage.feedback;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;

/**
 * The persistent task of the feedback batches (db-scheduler, table {@code scheduled_tasks}): one
 * instance per batch, named by its id, so the batch outlives a restart of the application.
 * <ul>
 *   <li>stopped in the middle (shutdown interrupts it): rescheduled a few seconds later, so the next
 *   start picks it up and resumes where the reports stop;</li>
 *   <li>its node died (no heartbeat): db-scheduler revives the dead execution, which resumes too;</li>
 *   <li>failed for any other reason: the batch is already marked failed with its reason, the task ends.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FeedbackTasks {

    static final String BATCH = "wage-feedback-batch";
    static final Duration RESUME_AFTER_INTERRUPT = Duration.ofSeconds(5);

    @Bean
    OneTimeTask<Long> feedbackBatchTask(FeedbackGeneration generation) {
        return Tasks.oneTime(BATCH, Long.class)
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .onFailure((complete, operations) -> {
                    boolean interrupted = complete.getCause().filter(FeedbackGeneration.Interrupted.class::isInstance).isPresent();
                    if (interrupted) operations.reschedule(complete, Instant.now().plus(RESUME_AFTER_INTERRUPT));
                    else operations.remove();
                })
                .execute((instance, context) -> generation.run(instance.getData()));
    }
}
