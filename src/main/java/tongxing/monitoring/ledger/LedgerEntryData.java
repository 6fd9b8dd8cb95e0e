package tongxing.monitoring.ledger;

/** What staff enter on a ledger line; the layoff fields only count when there is no reviewed plan. */
public record LedgerEntryData(String policies, Integer plannedLayoffs, Integer laidOff, String positions,
                              String severanceStandard, String abilityToPay) {
}
