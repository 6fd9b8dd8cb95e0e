package tongxing.monitoring.keylist;

import java.util.List;
import java.util.TreeSet;

/** One page (20 rows) of the key-enterprise list. */
public record KeyListPage(List<KeyListRow> rows, int page, long total) {

    public static final int SIZE = 20;

    public int pageCount() {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * SIZE + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * SIZE + rows.size();
    }

    public List<Integer> nearbyPages() {
        int last = pageCount();
        TreeSet<Integer> pages = new TreeSet<>();
        pages.add(1);
        pages.add(last);
        for (int p = Math.max(1, page - 2); p <= Math.min(last, page + 2); p++) pages.add(p);
        return List.copyOf(pages);
    }
}
