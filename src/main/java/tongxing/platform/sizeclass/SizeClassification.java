package tongxing.platform.sizeclass;

/** The size class with the rule group that decided it and, when unclassified, why. */
public record SizeClassification(SizeClass sizeClass, String ruleGroup, String reason) {
}
