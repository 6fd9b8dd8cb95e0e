package tongxing.enterprise.search;

import tongxing.platform.web.PageNumbers;

import java.util.List;

/**
 * One page of the registry list. The total is exact up to {@link #COUNT_LIMIT}; beyond that the
 * list only says "more than", so that counting never walks a million rows.
 *
 * @param rows   the enterprises of this page, newest first
 * @param page   1-based page number
 * @param total  matching enterprises, at most {@code COUNT_LIMIT + 1}
 */
public record EnterprisePage(List<EnterpriseRow> rows, int page, long total) {

    public static final int SIZE = 20;
    public static final int COUNT_LIMIT = 10_000;
    /** Pages beyond the counted window are not offered: narrow the filter or export instead. */
    public static final int MAX_PAGE = COUNT_LIMIT / SIZE;

    /** True when more enterprises match than were counted. */
    public boolean totalCapped() {
        return total > COUNT_LIMIT;
    }

    /** For the screen: "more than {countLimit}". */
    public int countLimit() {
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

    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * SIZE + 1;
    }

    public long lastRow() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * SIZE + rows.size();
    }

    /** The page numbers the pager offers, with {@link PageNumbers#GAP} where some are left out. */
    public List<Integer> nearbyPages() {
        return PageNumbers.around(page, pageCount());
    }

    /** Clamps a requested page number into what is offered. */
    public static int clamp(int requested) {
        return Math.max(1, Math.min(MAX_PAGE, requested));
    }
}
