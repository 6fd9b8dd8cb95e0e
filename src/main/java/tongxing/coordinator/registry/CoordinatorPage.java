package tongxing.coordinator.registry;

import tongxing.platform.web.PageNumbers;

import java.util.List;

/** One page of a list, with what the paging links need. */
public record CoordinatorPage<T>(List<T> rows, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public long firstRow() {
        return (long) (page - 1) * size + 1;
    }

    public long lastRow() {
        return firstRow() + rows.size() - 1;
    }

    /** The page numbers the pager offers, with {@link PageNumbers#GAP} where some are left out. */
    public List<Integer> nearbyPages() {
        return PageNumbers.around(page, pageCount());
    }

    /** The page number to show: within 1..last. */
    public static int clamp(int requested, long total, int size) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        return Math.min(Math.max(1, requested), last);
    }
}
