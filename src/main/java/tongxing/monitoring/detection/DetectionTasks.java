package tongxing.monitoring.detection;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The persistent tasks of detection: every month on the 5th at 02:00 (Hainan time) the previous
 * month, and a one-time run per month on demand (after a load, or 重新检测). A one-time instance
 * is named by its month, so asking twice before it ran schedules it once.
 */
@Configuration(proxyBeanMethods = false)
class DetectionTasks {

    static final String MONTHLY = "monitoring-detection-monthly";
    static final String ON_DEMAND = "monitoring-detection-month";
    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");

    @Bean
    RecurringTask<Void> monthlyDetection(Detection detection) {
        return Tasks.recurring(MONTHLY, Schedules.cron("0 0 2 5 * *", HAINAN))
                .execute((instance, context) -> detection.run(LocalDate.now(HAINAN).minusMonths(1), "SCHEDULER"));
    }

    @Bean
    OneTimeTask<String> monthDetection(Detection detection) {
        return Tasks.oneTime(ON_DEMAND, String.class)
                .execute((instance, context) -> {
                    String[] data = instance.getData().split("\\|", 2);
                    detection.run(LocalDate.parse(data[0]), data.length > 1 ? data[1] : "SCHEDULER");
                });
    }
}
