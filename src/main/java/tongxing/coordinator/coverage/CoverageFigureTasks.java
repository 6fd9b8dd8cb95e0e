package tongxing.coordinator.coverage;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The persistent tasks that recompute the coverage snapshot: every five minutes (the registry
 * announces new enterprises but not changes of size class or status, so this bounds how old the
 * figures get), and once as soon as possible after a change ({@link CoverageFigureRequests}).
 */
@Configuration(proxyBeanMethods = false)
class CoverageFigureTasks {

    static final String RECURRING = "coordinator-coverage-figures";
    static final String SOON = "coordinator-coverage-figures-soon";
    static final Duration EVERY = Duration.ofMinutes(5);

    @Bean
    RecurringTask<Void> coverageFiguresRecurring(CoverageFigures figures) {
        return Tasks.recurring(RECURRING, Schedules.fixedDelay(EVERY)).execute((instance, context) -> figures.refreshAll());
    }

    @Bean
    OneTimeTask<Void> coverageFiguresSoon(CoverageFigures figures) {
        return Tasks.oneTime(SOON).execute((instance, context) -> figures.refreshAll());
    }
}
