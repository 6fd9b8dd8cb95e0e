package tongxing.platform.scheduling;

import java.util.List;

/** The names of the persistent tasks the scheduler knows (for the admin screens and tests). */
public record ScheduledTasks(List<String> names) {
}
