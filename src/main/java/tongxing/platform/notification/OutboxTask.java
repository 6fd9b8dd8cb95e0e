package tongxing.platform.notification;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the outbox delivery on the persistent scheduler (one node at a time), every poll interval. */
@Configuration(proxyBeanMethods = false)
class OutboxTask {

    @Bean
    RecurringTask<Void> notificationOutboxTask(OutboxDelivery delivery, NotificationSettings settings) {
        return Tasks.recurring("notification-outbox", Schedules.fixedDelay(settings.pollInterval()))
                .execute((instance, context) -> delivery.deliverDue());
    }
}
