package tongxing.monitoring.clues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestedClueTitleTest {

    private static String title(String reason) {
        return SuggestedClueTitle.from(reason);
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

    @Test
    void aCommaInsideBracketsDoesNotEndTheClause() {
        assertThat(title("参保人数环比减少 25 人（2026-09 月 1000 人 → 2026-10 月 975 人，降幅 2.5%），达到《劳动合同法》第四十一条裁员人数标准"))
                .isEqualTo("参保人数环比减少 25 人（2026-09 月 1000 人 → 2026-10 月 975 人，降幅 2.5%）");
    }

    @Test
    void anEnglishReasonGivesAnEnglishTitleOfTheSameWidth() {
        assertThat(title("Social insurance contributions in arrears for 4 consecutive months (warning line: 3 months)"))
                .as("the clause is too wide: what comes before its bracket")
                .isEqualTo("Social insurance contributions in arrears for 4 consecutive months");
        assertThat(title("3 labor dispute cases this month, involving 4 workers (warning line: 3 cases)"))
                .isEqualTo("3 labor dispute cases this month");
    }
}
