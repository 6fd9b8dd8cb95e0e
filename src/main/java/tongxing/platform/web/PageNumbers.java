package tongxing.platform.web;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a pager offers: the first, the last, and two either side of the current page,
 * with {@link #GAP} where numbers are left out, so "1 2 3 … 6" never reads as if pages 4 and 5
 * did not exist. Templates whose page record has no {@code nearbyPages()} ask the bean:
 * {@code ${@pageNumbers.of(result.page, result.pageCount())}}.
 */
@Component("pageNumbers")
public final class PageNumbers {

    /** Stands for the numbers left out between two offered ones; the pager shows "…". */
    public static final int GAP = 0;

    private static final int EITHER_SIDE = 2;

    /** For templates: the same as {@link #around(int, int)}. */
    public List<Integer> of(int page, int last) {
        return around(page, last);
    }

    /**
     * @param page the current page, 1-based
     * @param last the number of the last page (at least 1)
     */
    public static List<Integer> around(int page, int last) {
        List<Integer> numbers = new ArrayList<>();
        int from = Math.max(1, page - EITHER_SIDE), to = Math.min(last, page + EITHER_SIDE);
        if (from > 1) {
            numbers.add(1);
            if (from > 2) numbers.add(from == 3 ? 2 : GAP);
        }
        for (int n = from; n <= to; n++) numbers.add(n);
        if (to < last) {
            if (to < last - 1) numbers.add(to == last - 2 ? last - 1 : GAP);
            numbers.add(last);
        }
        return List.copyOf(numbers);
    }
}
