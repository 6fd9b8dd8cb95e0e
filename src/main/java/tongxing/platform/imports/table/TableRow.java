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
        for (String c : cells) { // per row of a file: a plain loop, no stream
            if (c != null && !c.isBlank()) return false;
        }
        return true;
    }

    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }
}
