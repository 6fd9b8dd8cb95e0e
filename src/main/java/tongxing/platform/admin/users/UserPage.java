package tongxing.platform.admin.users;

import tongxing.platform.web.PageNumbers;

import java.util.List;

/** One page of the user list, 1-based. */
record UserPage(List<UserRow> rows, int page, long total) {

    static final int SIZE = 20;

    /** Accounts are few: the total is always exact. */
    public boolean totalCapped() {
        return false;
    }

    public long countLimit() {
        return total;
    }

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

    /** The page numbers the pager offers, with {@link PageNumbers#GAP} where some are left out. */
    public List<Integer> nearbyPages() {
        return PageNumbers.around(page, pageCount());
    }
}
