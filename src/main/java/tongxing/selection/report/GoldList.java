package tongxing.selection.report;

import org.springframework.stereotype.Service;
import tongxing.platform.region.Regions;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.review.RankedNominee;
import tongxing.selection.review.Ranking;

import java.util.ArrayList;
import java.util.List;

/** The winners of a campaign as the gold list: public page, certificates and the national report read it. */
@Service
public class GoldList {

    private final Ranking ranking;
    private final Regions regions;

    GoldList(Ranking ranking, Regions regions) {
        this.ranking = ranking;
        this.regions = regions;
    }

    public List<GoldRow> rows(Campaign c) {
        List<GoldRow> rows = new ArrayList<>();
        int seq = 0;
        for (RankedNominee r : ranking.winners(c.id())) {
            rows.add(new GoldRow(++seq, r.nominationId(), r.nomineeName(), regions.name(r.regionCode()), r.unitPost(),
                    r.skillLevel(), r.reasons(), r.score()));
        }
        return rows;
    }

    /** 海南省YYYY年度金牌劳动关系协调员推荐名单 (or the organization selections' names). */
    public static String title(Campaign c) {
        return "海南省" + c.year() + "年度" + c.category().officialName() + "推荐名单";
    }
}
