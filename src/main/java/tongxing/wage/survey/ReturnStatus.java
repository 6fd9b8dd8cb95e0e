package tongxing.wage.survey;

/**
 * The status of a surveyed enterprise's return (填报状态): not started → submitted → validated (no
 * errors, outliers confirmed) → accepted by the bureau; or returned with a reason and resubmitted.
 */
public enum ReturnStatus {
    NOT_STARTED, SUBMITTED, VALIDATED, RETURNED, ACCEPTED
}
