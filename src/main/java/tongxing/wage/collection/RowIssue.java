package tongxing.wage.collection;

/** One line of the row-level report: row, column, the value found, the reason; an error or a warning. */
public record RowIssue(int lineNo, String column, String value, String reason, Severity severity) {

    public enum Severity { ERROR, WARNING }

    public static RowIssue error(int lineNo, String column, String value, String reason) {
        return new RowIssue(lineNo, column, value, reason, Severity.ERROR);
    }
}
