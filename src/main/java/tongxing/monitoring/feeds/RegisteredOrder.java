package tongxing.monitoring.feeds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole month's good lines put in USCC order by the registry read alongside the file: each line's
 * USCC is looked up in the {@link RegistrySnapshot} (a hash probe), and its position there, which
 * is the USCC order of the registry, places the line; one pass over the positions then gives the
 * order, with no sort. A second line of the same enterprise finds its place taken and is a repeat
 * of the first. Lines of enterprises the registry does not know come last, each once, without a
 * region (the registry check refuses them).
 */
final class RegisteredOrder {

    /** A line repeating an enterprise: its row and the row of the enterprise's first line. */
    record Repeat(int row, int firstRow) {
    }

    private final int[] order;
    private final String[] regionOfRow;
    private final List<Repeat> repeats;

    private RegisteredOrder(int[] order, String[] regionOfRow, List<Repeat> repeats) {
        this.order = order;
        this.regionOfRow = regionOfRow;
        this.repeats = repeats;
    }

    static RegisteredOrder of(FeedMonthRows rows, RegistrySnapshot snapshot) {
        int n = rows.size();
        int[] rowAt = new int[snapshot.size()]; // 1 + the row placed at each registry position, 0: none
        List<Repeat> repeats = new ArrayList<>(0);
        Map<String, Integer> unknown = new HashMap<>();
        List<Integer> unknownRows = new ArrayList<>(0);
        int placed = 0;
        for (int row = 0; row < n; row++) {
            int p = snapshot.positionOf(rows.keyHigh(row), rows.keyLow(row));
            if (p >= 0) {
                if (rowAt[p] == 0) {
                    rowAt[p] = row + 1;
                    placed++;
                } else repeats.add(new Repeat(row, rowAt[p] - 1));
            } else {
                Integer first = unknown.putIfAbsent(rows.uscc(row), row);
                if (first == null) unknownRows.add(row);
                else repeats.add(new Repeat(row, first));
            }
        }
        int[] order = new int[placed + unknownRows.size()];
        String[] regionOfRow = new String[n];
        int k = 0;
        for (int p = 0; p < rowAt.length; p++) {
            if (rowAt[p] == 0) continue;
            int row = rowAt[p] - 1;
            order[k++] = row;
            regionOfRow[row] = snapshot.region(p);
        }
        for (int row : unknownRows) order[k++] = row;
        return new RegisteredOrder(order, regionOfRow, repeats);
    }

    /** The rows to write, each enterprise once: the registered ones in USCC order, then the unknown ones. */
    int[] order() {
        return order;
    }

    /** The registry's region of each row, by row; null for unknown enterprises and repeats. */
    String[] regionOfRow() {
        return regionOfRow;
    }

    List<Repeat> repeats() {
        return repeats;
    }
}
