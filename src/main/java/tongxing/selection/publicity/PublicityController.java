package tongxing.selection.publicity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.i18n.Texts;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.Campaigns;
import tongxing.selection.report.GoldList;

/** 公示: start it, the list for every logged-in user with the objection form, the office's answers, the end. */
@Controller
class PublicityController {

    private final Publicity publicity;
    private final Campaigns campaigns;
    private final GoldList goldList;
    private final Texts texts;

    PublicityController(Publicity publicity, Campaigns campaigns, GoldList goldList, Texts texts) {
        this.publicity = publicity;
        this.campaigns = campaigns;
        this.goldList = goldList;
        this.texts = texts;
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/publicity")
    String start(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> publicity.start(id, version));
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/finalize")
    String finalizeCampaign(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> publicity.finalizeCampaign(id, version));
    }

    /** The gold list for anyone logged in, during publicity and after. */
    @GetMapping("/selection/campaigns/{id:\\d+}/gold")
    String gold(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        Campaign c = campaigns.get(id);
        if (!c.state().published()) throw new NotFoundException();
        model.addAttribute("c", c);
        model.addAttribute("rows", goldList.rows(c));
        model.addAttribute("title", goldList.heading(c));
        model.addAttribute("myObjections", publicity.objectionsBy(id, user.username()));
        return "selection/gold";
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) Long nominationId,
                  @RequestParam(required = false) String content, RedirectAttributes redirect) {
        try {
            if (nominationId == null) throw new ValidationException("nominationId", texts.get("selection.objection.error.nominee"));
            publicity.object(id, nominationId, content);
            redirect.addFlashAttribute("message", "selection.objection.saved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/campaigns/" + id + "/gold";
    }

    @PostMapping("/selection/objections/{oid:\\d+}/answer")
    String answer(@PathVariable long oid, @RequestParam long campaignId, @RequestParam int version,
                  @RequestParam(required = false) String answer, @RequestParam(defaultValue = "false") boolean upheld,
                  RedirectAttributes redirect) {
        SelectionAccess.requireAdmin();
        return act(campaignId, redirect, () -> publicity.answer(oid, version, answer, upheld));
    }

    private static String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", "selection.done");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/campaigns/" + id;
    }
}
