package tongxing.selection.publicity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tongxing.platform.i18n.Texts;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.report.GoldList;

/** 公示名单 without login ({@code /public/**} is open in SecurityConfiguration): only published campaigns, only winners. */
@Controller
class PublicGoldController {

    private final Campaigns campaigns;
    private final GoldList goldList;
    private final Texts texts;

    PublicGoldController(Campaigns campaigns, GoldList goldList, Texts texts) {
        this.campaigns = campaigns;
        this.goldList = goldList;
        this.texts = texts;
    }

    @GetMapping("/public/gold/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Campaign c = campaigns.get(id);
        if (!c.state().published()) throw new NotFoundException();
        model.addAttribute("c", c);
        model.addAttribute("title", goldList.heading(c));
        model.addAttribute("rows", goldList.rows(c));
        return "public/gold";
    }
}
