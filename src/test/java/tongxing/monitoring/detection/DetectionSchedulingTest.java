package tongxing.monitoring.detection;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tongxing.TongxingTest;
import tongxing.platform.scheduling.ScheduledTasks;
import tongxing.platform.scheduling.SchedulerLifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

@TongxingTest
class DetectionSchedulingTest {

    @Autowired
    ScheduledTasks tasks;
    @Autowired
    DetectionRequests requests;
    @Autowired
    SchedulerLifecycle lifecycle;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_monthly_and_the_on_demand_detection_are_registered_with_the_persistent_scheduler() {
        assertThat(tasks.names()).contains(DetectionTasks.MONTHLY, DetectionTasks.ON_DEMAND);
        assertThat(lifecycle.polling()).as("tests do not poll").isFalse();
    }

    @Test
    void asking_twice_for_the_same_month_schedules_one_persistent_run() {
        LocalDate month = LocalDate.of(2017, 2, 1);
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        assertThat(requests.schedule(month, "test", later)).isTrue();
        assertThat(requests.schedule(month, "test", later)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :t AND task_instance = '2017-02-01'")
                .param("t", DetectionTasks.ON_DEMAND).query(Long.class).single()).isEqualTo(1);
        scheduler.cancel(com.github.kagkarlsson.scheduler.task.TaskInstanceId.of(DetectionTasks.ON_DEMAND, "2017-02-01"));
    }
}
