package tongxing.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tongxing.platform.web.PageNumbers.GAP;

class PageNumbersTest {

    @Test
    void one_page_offers_itself() {
        assertThat(PageNumbers.around(1, 1)).containsExactly(1);
    }

    @Test
    void few_pages_are_all_offered() {
        assertThat(PageNumbers.around(2, 3)).containsExactly(1, 2, 3);
        assertThat(PageNumbers.around(3, 5)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void numbers_left_out_are_marked_by_a_gap() {
        assertThat(PageNumbers.around(1, 6)).containsExactly(1, 2, 3, GAP, 6);
        assertThat(PageNumbers.around(250, 500)).containsExactly(1, GAP, 248, 249, 250, 251, 252, GAP, 500);
        assertThat(PageNumbers.around(500, 500)).containsExactly(1, GAP, 498, 499, 500);
    }

    @Test
    void a_gap_of_a_single_page_shows_that_page_instead() {
        assertThat(PageNumbers.around(1, 5)).containsExactly(1, 2, 3, 4, 5);
        assertThat(PageNumbers.around(4, 7)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(PageNumbers.around(5, 10)).containsExactly(1, 2, 3, 4, 5, 6, 7, GAP, 10);
    }
}
