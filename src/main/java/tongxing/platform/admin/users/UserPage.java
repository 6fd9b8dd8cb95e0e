package tongxing.platform.admin.users;

import java.util.List;
import java.util.TreeSet;

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

    /** First, last, and two pages either side of the current one. */
    public List<Integer> nearbyPages() {
        int last = pageCount();
        TreeSet<Integer> pages = new TreeSet<>(List.of(1, last));
        for (int p = Math.max(1, page - 2); p <= Math.min(last, page + 2); p++) pages.add(p);
        return List.copyOf(pages);
    }
}
