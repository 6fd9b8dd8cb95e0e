package tongxing.selection.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 综合排名: for each submitted nominee, the mean over reviewers of Σ score × weight / 100, rounded
 * to two decimals; highest first, unscored last, ties by name.
 */
@Service
public class Ranking {

    private final JdbcClient jdbc;

    Ranking(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Read model, no access check: callers show it only to those allowed (the office; the public list only winners). */
    public List<RankedNominee> of(long campaignId) {
        record Row(long id, String name, String region, String unit, String skill, String reasons, BigDecimal score,
                   int reviews, boolean winner, String removed) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT n.id, n.nominee_name, n.region_code, n.unit_post, n.skill_level, n.reasons,
                               avg(r.weighted_score) AS score, count(r.reviewer_id) AS reviews, n.winner, n.removed_reason
                        FROM selection_nomination n
                        LEFT JOIN selection_review r ON r.nomination_id = n.id
                        WHERE n.campaign_id = :c AND n.status = 'SUBMITTED'
                        GROUP BY n.id
                        ORDER BY avg(r.weighted_score) DESC NULLS LAST, n.nominee_name, n.id""")
                .param("c", campaignId)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getBoolean(9), rs.getString(10)))
                .list();
        List<RankedNominee> ranked = new ArrayList<>();
        int rank = 0;
        for (Row r : rows) {
            rank++;
            BigDecimal score = r.score() == null ? null : r.score().setScale(2, RoundingMode.HALF_UP);
            ranked.add(new RankedNominee(rank, r.id(), r.name(), r.region(), r.unit(), r.skill(), r.reasons(), score,
                    r.reviews(), r.winner(), r.removed()));
        }
        return ranked;
    }

    /** The current winners, in ranking order. */
    public List<RankedNominee> winners(long campaignId) {
        return of(campaignId).stream().filter(RankedNominee::winner).toList();
    }
}
