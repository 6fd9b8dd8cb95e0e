package tongxing.platform.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * tongxing.notification.*: the sender address, how often a failed message is retried and how
 * long to wait before the first retry (doubled for every further attempt).
 */
@ConfigurationProperties("tongxing.notification")
public record NotificationSettings(String from, Integer maxAttempts, Duration retryDelay, Duration pollInterval) {

    public NotificationSettings {
        if (from == null || from.isBlank()) from = "noreply@tongxing.hainan.gov.cn";
        if (maxAttempts == null) maxAttempts = 5;
        if (retryDelay == null) retryDelay = Duration.ofMinutes(1);
        if (pollInterval == null) pollInterval = Duration.ofSeconds(30);
    }

    /** The wait after the given number of failed attempts: delay × 2^(attempts − 1). */
    public Duration backoff(int attempts) {
        return retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
    }
}
