package tongxing.selection.nomination;

import tongxing.selection.Category;

/** 推荐对象: one nominee of one campaign, with who nominated it. */
public record Nomination(long id, long campaignId, Category nomineeType, String nomineeRef, String nomineeName,
                         String regionCode, String unitPost, String skillLevel, String reasons, String nominatingRegion,
                         Long nominatingOrgId, String nominatedBy, String status, boolean winner, String removedReason,
                         int version) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }
}
