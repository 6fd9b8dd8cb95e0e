package tongxing.platform.audit;

import java.util.List;
import java.util.TreeSet;

/**
 * One page of the audit log, newest first. The log grows without end, so the total is exact up to
 * {@link #COUNT_LIMIT} only; narrow the filter (or export) to go further back.
 */
public record AuditPage(List<AuditEntry> rows, int page, long total) {

    public static final int SIZE = 50;
    public static final int COUNT_LIMIT = 10_000;
    public static final int MAX_PAGE = COUNT_LIMIT / SIZE;

    public boolean totalCapped() {
        return total > COUNT_LIMIT;
    }

    public long countLimit() {
        return COUNT_LIMIT;
    }

    public int pageCount() {
        long counted = Math.min(total, COUNT_LIMIT);
        return (int) Math.max(1, (counted + SIZE - 1) / SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public List<Integer> nearbyPages() {
        int last = pageCount();
        TreeSet<Integer> pages = new TreeSet<>(List.of(1, last));
        for (int p = Math.max(1, page - 2); p <= Math.min(last, page + 2); p++) pages.add(p);
        return List.copyOf(pages);
    }
}
