package tongxing.platform.audit;

import tongxing.platform.web.PageNumbers;

import java.util.List;

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

    /** The page numbers the pager offers, with {@link PageNumbers#GAP} where some are left out. */
    public List<Integer> nearbyPages() {
        return PageNumbers.around(page, pageCount());
    }
}
