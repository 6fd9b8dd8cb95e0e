package tongxing.selection.nomination;

/** 候选组织: a social or mediation organization that can be nominated, until those programs keep registers. */
public record CandidateOrg(long id, String name, String regionCode, String kind, String contact) {
}
