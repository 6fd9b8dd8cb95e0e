package tongxing.selection;

/**
 * Published once per winner when a campaign becomes FINAL (after publicity). Other modules can
 * listen to it instead of calling this module, e.g. the coordinator program, which this module
 * already calls to resolve nominees (a call back would be a cycle).
 *
 * @param nomineeRef for COORDINATOR the coordinator id of the coordinator program (or "M:…" for a
 *                   coordinator typed by hand); for organizations the selection_candidate_org id
 */
public record GoldAwarded(long campaignId, int year, Category category, String nomineeRef, String nomineeName,
                          String regionCode) {
}
