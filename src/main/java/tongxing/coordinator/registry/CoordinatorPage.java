package tongxing.coordinator.registry;

import java.util.List;
import java.util.stream.IntStream;

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

    public List<Integer> nearbyPages() {
        int from = Math.max(1, page - 3), to = Math.min(pageCount(), page + 3);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The page number to show: within 1..last. */
    public static int clamp(int requested, long total, int size) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        return Math.min(Math.max(1, requested), last);
    }
}
