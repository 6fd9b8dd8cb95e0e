package tongxing.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Starts polling after the application is ready (migrations done, demo data loaded) and stops it
 * when the context closes. Polling is off in the "test" profile unless
 * {@code tongxing.scheduling.enabled=true}: tests call the services directly and stay
 * deterministic; tasks scheduled there are still written to the table.
 */
@Component
public class SchedulerLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLifecycle.class);

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean started;

    SchedulerLifecycle(Scheduler scheduler, Environment env) {
        this.scheduler = scheduler;
        this.enabled = env.getProperty("tongxing.scheduling.enabled", Boolean.class, !env.acceptsProfiles(Profiles.of("test")));
    }

    /** Whether this node executes scheduled tasks (false: callers may run the work inline instead). */
    public boolean polling() {
        return enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || started) return;
        scheduler.start();
        started = true;
        log.info("Persistent scheduler started");
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (!started) return;
        started = false;
        scheduler.stop();
    }
}
