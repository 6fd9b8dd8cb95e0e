package tongxing.selection.publicity;

import java.time.OffsetDateTime;

/** 公示异议: who objected to which winner, what, and the office's answer. */
public record Objection(long id, long campaignId, long nominationId, String nomineeName, String raisedBy,
                        OffsetDateTime raisedAt, String content, String answer, Boolean upheld, String answeredBy,
                        int version) {

    public boolean answered() {
        return answer != null;
    }
}
