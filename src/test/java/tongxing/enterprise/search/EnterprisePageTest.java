package tongxing.enterprise.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnterprisePageTest {

    @Test
    void beyond_ten_thousand_the_total_is_capped_and_paging_stops_at_page_500() {
        EnterprisePage page = new EnterprisePage(List.of(), 500, 10_001);
        assertThat(page.totalCapped()).isTrue();
        assertThat(page.pageCount()).isEqualTo(500);
        assertThat(page.hasNext()).isFalse();
        assertThat(EnterprisePage.clamp(501)).isEqualTo(500);
    }

    @Test
    void an_exact_total_gives_the_page_count() {
        EnterprisePage page = new EnterprisePage(List.of(), 2, 41);
        assertThat(page.totalCapped()).isFalse();
        assertThat(page.pageCount()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.nearbyPages()).containsExactly(1, 2, 3);
        assertThat(EnterprisePage.clamp(0)).isEqualTo(1);
    }

    @Test
    void page_numbers_around_the_current_one_with_first_last_and_gaps() {
        assertThat(new EnterprisePage(List.of(), 250, 10_001).nearbyPages()).containsExactly(1, 0, 248, 249, 250, 251, 252, 0, 500);
    }
}
