package tongxing.wage.feedback;

import java.time.OffsetDateTime;

/**
 * One generation run of a year's feedback reports, with its progress. {@code attempts} counts the
 * runs of the persistent task: more than one means it resumed after a restart or a crash.
 */
public record FeedbackBatch(long id, int year, long editionId, String status, int total, int done, int attempts, String error,
                            String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean resumed() {
        return attempts > 1;
    }

    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
