package tongxing.monitoring.layoffplan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 裁员方案: the header of one plan as stored. */
public record LayoffPlan(long id, String uscc, String regionCode, String enterpriseName, LayoffPlanStatus status,
                         LayoffGrounds grounds, String groundsDetail, Integer workforce, LocalDate layoffOn,
                         LocalDate explainedOn, LocalDate reportedOn, BigDecimal fundsAvailable, String positions,
                         LocalDate submittedOn, String reviewConclusion, String reviewOpinion, String reviewedBy,
                         LocalDate reviewedOn, BigDecimal totalSeverance, String createdBy, int version) {

    public boolean draft() {
        return status == LayoffPlanStatus.DRAFT;
    }

    /** 退回整改: the bureau returned it; the enterprise corrects it and reports it again. */
    public boolean returnedForCorrection() {
        return draft() && "RETURNED".equals(reviewConclusion);
    }

    /** Reported again after a return: the earlier opinion is shown to the reviewer, not in force. */
    public boolean previouslyReturned() {
        return status == LayoffPlanStatus.SUBMITTED && "RETURNED".equals(reviewConclusion);
    }

    /** The review fields say what the bureau decided now (accepted, or returned and not yet reported again). */
    public boolean reviewInForce() {
        return status == LayoffPlanStatus.REVIEWED || returnedForCorrection();
    }
}
