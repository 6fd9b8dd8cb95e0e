package tongxing.platform.imports;

/** One broken rule in one row: the row number as Excel shows it, the column, the cell value, the reason. */
public record ImportError(int rowNumber, String column, String value, String reason) {
}
