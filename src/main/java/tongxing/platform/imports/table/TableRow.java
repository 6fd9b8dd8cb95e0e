package tongxing.platform.imports.table;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file.
 *
 * @param number the row number as the user sees it in Excel (1 = the first line)
 * @param cells  the cell texts, blank cells as null
 */
public record TableRow(int number, List<String> cells) {

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }
}
