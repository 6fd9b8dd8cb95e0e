package tongxing.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The persistent scheduler (db-scheduler, table {@code scheduled_tasks}) shared by every module:
 * modules declare their tasks as beans ({@link Task}, {@link RecurringTask}); this wires them
 * into one scheduler. A task instance is picked by one node only and survives restarts, so a
 * monthly run never runs twice. {@link SchedulerLifecycle} starts it once the application is
 * ready and stops it on shutdown.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, ObjectProvider<RecurringTask<?>> recurring) {
        // The builder adds the recurring (start) tasks to the known ones itself.
        List<Task<?>> known = new ArrayList<>(tasks.orderedStream().filter(t -> !(t instanceof RecurringTask<?>)).toList());
        List<RecurringTask<?>> startTasks = recurring.orderedStream().toList();
        return Scheduler.create(dataSource, known)
                .startTasks(startTasks)
                .threads(2)
                .pollingInterval(Duration.ofSeconds(10))
                // A run whose node died (a detection month, a feedback batch) is taken up again after two minutes
                // without heartbeat instead of the library's thirty: long enough for a busy node, short for a user.
                .heartbeatInterval(Duration.ofSeconds(30))
                .missedHeartbeatsLimit(4)
                .shutdownMaxWait(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    ScheduledTasks scheduledTasks(ObjectProvider<Task<?>> tasks) {
        return new ScheduledTasks(tasks.orderedStream().map(Task::getName).distinct().toList());
    }
}
