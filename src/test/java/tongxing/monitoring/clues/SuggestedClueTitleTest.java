package tongxing.monitoring.clues;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestedClueTitleTest {

    private static String title(String reason) {
        return new Clues.SignalRef(1, "91460100MA5T00001L", "460100", "RED", LocalDate.of(2026, 11, 1), reason).suggestedTitle();
    }

    @Test
    void theFirstClauseOfTheReasonBecomesTheTitle() {
        assertThat(title("当月发生集体劳动争议 1 件（劳动者 10 人以上），争议案件共 3 件、涉及劳动者 25 人"))
                .isEqualTo("当月发生集体劳动争议 1 件（劳动者 10 人以上）");
    }

    @Test
    void aShortReasonIsTakenWhole() {
        assertThat(title("连续欠缴社会保险费 4 个月（预警线 3 个月）")).isEqualTo("连续欠缴社会保险费 4 个月（预警线 3 个月）");
    }

    @Test
    void aLongReasonWithoutAClauseIsCutWithAnEllipsis() {
        String reason = "参保人数三个月累计下降".repeat(5);
        assertThat(title(reason)).hasSize(40).endsWith("…").startsWith("参保人数三个月累计下降参保人数");
    }
}
