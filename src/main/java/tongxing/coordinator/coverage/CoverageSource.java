package tongxing.coordinator.coverage;

/** How an enterprise came to be covered: the coordinator works there, the rule button, or a list. */
public enum CoverageSource { ENTERPRISE, RULE, MANUAL }
