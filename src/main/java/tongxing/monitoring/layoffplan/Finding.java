package tongxing.monitoring.layoffplan;

/**
 * One result of checking a plan against the law: BLOCKING findings keep the plan from being
 * accepted, WARNINGs must be looked at, PASSED say what was checked and found in order.
 */
public record Finding(Severity severity, String rule, String text) {

    public enum Severity { BLOCKING, WARNING, PASSED }

    static Finding blocking(String rule, String text) {
        return new Finding(Severity.BLOCKING, rule, text);
    }

    static Finding warning(String rule, String text) {
        return new Finding(Severity.WARNING, rule, text);
    }

    static Finding passed(String rule, String text) {
        return new Finding(Severity.PASSED, rule, text);
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }
}
