package tongxing.selection;

import org.junit.jupiter.api.Test;
import tongxing.platform.validation.ValidationException;
import tongxing.selection.campaign.CampaignDraft;
import tongxing.selection.review.WeightedScore;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightedScoreTest {

    @Test
    void scores_90_80_70_with_weights_40_30_30_make_81() {
        assertThat(WeightedScore.of(CampaignDraft.defaultCriteria(), Map.of(1, 90, 2, 80, 3, 70)))
                .isEqualByComparingTo(new BigDecimal("81.00"));
    }

    @Test
    void a_missing_or_out_of_range_score_names_the_criterion() {
        assertThatThrownBy(() -> WeightedScore.of(CampaignDraft.defaultCriteria(), Map.of(1, 90, 2, -1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("“专业能力”的分数须为 0—100")
                .hasMessageContaining("请为“群众评价”打分");
    }
}
