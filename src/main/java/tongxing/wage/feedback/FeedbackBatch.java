package tongxing.wage.feedback;

import java.time.OffsetDateTime;

/** One generation run of a year's feedback reports, with its progress. */
public record FeedbackBatch(long id, int year, long editionId, String status, int total, int done, String error,
                            String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
