package tongxing.monitoring.negotiation;

import java.time.LocalDate;
import java.util.List;

/** 集体协商记录: one negotiation of an enterprise with its workers. */
public record Negotiation(long id, String uscc, String regionCode, String enterpriseName, LocalDate heldOn, String parties,
                          List<String> subjects, String agreement, int workersCovered, String attachmentName,
                          String createdBy) {
}
