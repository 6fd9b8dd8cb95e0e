package tongxing.platform.imports;

import tongxing.platform.imports.table.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each column of a definition sits in a file, found by its Chinese header text as people
 * type it: spaces, full-width parentheses and the template's required mark * do not matter,
 * column order does not matter, extra columns are ignored.
 */
public final class HeaderLayout {

    /** How far down a title row may push the header. */
    static final int HEADER_SEARCH_ROWS = 10;

    private final int headerRow;
    private final List<String> headerCells;
    private final Map<String, Integer> indexByHeader;
    // The same pairs as arrays, for values(): called for every row of a file.
    private final String[] headers;
    private final int[] indexes;

    private HeaderLayout(int headerRow, List<String> headerCells, Map<String, Integer> indexByHeader) {
        this.headerRow = headerRow;
        this.headerCells = headerCells;
        this.indexByHeader = indexByHeader;
        this.headers = new String[indexByHeader.size()];
        this.indexes = new int[indexByHeader.size()];
        int k = 0;
        for (Map.Entry<String, Integer> e : indexByHeader.entrySet()) {
            headers[k] = e.getKey();
            indexes[k++] = e.getValue();
        }
    }

    /** Reads rows up to and including the header row and matches it against the columns. */
    public static HeaderLayout read(java.util.Iterator<TableRow> rows, List<ImportColumn> columns) {
        Map<String, ImportColumn> byKey = new HashMap<>();
        columns.forEach(c -> byKey.put(key(c.header()), c));
        int seen = 0;
        while (rows.hasNext() && seen < HEADER_SEARCH_ROWS) {
            TableRow row = rows.next();
            if (row.blank()) continue;
            seen++;
            if (row.cells().stream().anyMatch(c -> c != null && byKey.containsKey(key(c)))) return match(row, columns, byKey);
        }
        if (seen == 0) throw new ImportProblem("imports.file.noRows");
        throw new ImportProblem("imports.file.noHeader", HEADER_SEARCH_ROWS, quoteAll(columns.stream()
                .filter(ImportColumn::required).map(ImportColumn::header).toList()));
    }

    private static HeaderLayout match(TableRow row, List<ImportColumn> columns, Map<String, ImportColumn> byKey) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            ImportColumn column = cell == null ? null : byKey.get(key(cell));
            if (column == null) continue;
            if (index.putIfAbsent(column.header(), i) != null)
                throw new ImportProblem("imports.file.duplicateColumn", column.header());
        }
        List<String> missing = columns.stream().filter(ImportColumn::required)
                .map(ImportColumn::header).filter(h -> !index.containsKey(h)).toList();
        if (!missing.isEmpty()) throw new ImportProblem("imports.file.missingColumns", quoteAll(missing), row.number());
        List<String> header = new ArrayList<>(row.cells().size());
        row.cells().forEach(c -> header.add(c == null ? "" : c.trim()));
        return new HeaderLayout(row.number(), header, index);
    }

    /** Header text reduced to what matters: no spaces, half-width brackets, no required mark, lower case. */
    static String key(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (char ch : header.toCharArray()) {
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '*' || ch == '＊') continue;
            if (ch == '（') ch = '(';
            else if (ch == '）') ch = ')';
            sb.append(Character.toLowerCase(ch));
        }
        String k = sb.toString();
        return k.endsWith("(必填)") ? k.substring(0, k.length() - 4) : k;
    }

    private static String quoteAll(List<String> headers) {
        return headers.stream().map(h -> "“" + h + "”").collect(Collectors.joining("、"));
    }

    /** The row number of the header (data starts below it). */
    public int headerRow() {
        return headerRow;
    }

    /** The header cells as written in the file, extra columns included (for the error report). */
    public List<String> headerCells() {
        return headerCells;
    }

    /** The file column of a definition column, or -1 when the file lacks it. */
    public int indexOf(String header) {
        return indexByHeader.getOrDefault(header, -1);
    }

    /** A data row's values by column header, trimmed, blank as null; columns missing from the file are absent. */
    public Map<String, String> values(TableRow row) {
        Map<String, String> values = new HashMap<>(headers.length * 2); // sized once: no rehash per row
        for (int k = 0; k < headers.length; k++) {
            String v = row.cell(indexes[k]);
            if (v != null) v = v.strip(); // one pass; the same String when there is nothing to strip
            values.put(headers[k], v == null || v.isEmpty() ? null : v);
        }
        return values;
    }
}
