package tongxing.selection.report;

import org.springframework.stereotype.Service;
import tongxing.platform.i18n.Texts;
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
    private final Texts texts;

    GoldList(Ranking ranking, Regions regions, Texts texts) {
        this.ranking = ranking;
        this.regions = regions;
        this.texts = texts;
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

    /** The list's heading on a screen, in the reader's language. */
    public String heading(Campaign c) {
        return texts.get("selection.gold.listTitle", c.year(), texts.get("selection.category." + c.category().name()));
    }

    /**
     * 海南省YYYY年度金牌劳动关系协调员推荐名单 (or the organization selections' names): the title of the
     * report to the national office and of its files, always in Chinese.
     */
    public static String title(Campaign c) {
        return "海南省" + c.year() + "年度" + c.category().officialName() + "推荐名单";
    }
}
