package tongxing.platform.validation;

/** One broken rule: the field (form field, import column, API property) and the reason in words. */
public record Violation(String field, String reason) {
}
