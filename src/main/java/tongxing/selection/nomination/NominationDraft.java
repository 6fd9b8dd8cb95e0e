package tongxing.selection.nomination;

/**
 * What a nominator fills in. For the coordinator selection the nominee is a coordinator of the
 * coordinator program ({@code coordinatorId}; name, region and skill level come from there) or,
 * for someone not registered yet, a reference and a name typed by hand; for the organization
 * selections a candidate organization id, from which name and region are taken.
 */
public record NominationDraft(Long coordinatorId, String nomineeRef, String nomineeName, String regionCode,
                              Long candidateOrgId, String unitPost, String skillLevel, String reasons) {

    public static NominationDraft empty() {
        return new NominationDraft(null, null, null, null, null, null, null, null);
    }
}
