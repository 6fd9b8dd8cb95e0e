package tongxing.selection.campaign;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.ValidationException;
import tongxing.selection.Category;
import tongxing.selection.HainanDate;
import tongxing.selection.SelectionAccess;

/** 评选活动: the list, and the office's form and state buttons. The overview page is in selection.overview. */
@Controller
@RequestMapping("/selection/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final Regions regions;
    private final Texts texts;

    CampaignController(Campaigns campaigns, Regions regions, Texts texts) {
        this.campaigns = campaigns;
        this.regions = regions;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.require();
        SelectionAccess.require(SelectionAccess.BROWSE.contains(user.role()));
        model.addAttribute("campaigns", campaigns.list(user));
        model.addAttribute("mayCreate", SelectionAccess.isAdmin(user));
        return "selection/campaigns";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        SelectionAccess.requireAdmin();
        return form(model, CampaignForm.blank(HainanDate.today().getYear()), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SelectionAccess.requireAdmin();
        try {
            long id = campaigns.create(form.parse(texts));
            redirect.addFlashAttribute("message", "selection.saved");
            return "redirect:/selection/campaigns/" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("violations", e.violations());
            return form(model, form, null);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(id);
        return form(model, CampaignForm.of(c), c);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") CampaignForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        SelectionAccess.requireAdmin();
        Campaign c = campaigns.get(id);
        try {
            campaigns.update(id, form.getVersion(), form.parse(texts));
            redirect.addFlashAttribute("message", "selection.saved");
            return "redirect:/selection/campaigns/" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("violations", e.violations());
            return form(model, form, c);
        }
    }

    @PostMapping("/{id:\\d+}/open")
    String open(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> campaigns.open(id, version));
    }

    @PostMapping("/{id:\\d+}/close-nominations")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> campaigns.closeNominations(id, version));
    }

    /** Runs a state change; a broken rule goes back to the overview as a message, a lost race to the 409 page. */
    static String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", "selection.done");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(v -> v.reason()).toList());
        }
        return "redirect:/selection/campaigns/" + id;
    }

    private String form(Model model, CampaignForm form, Campaign editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("categories", Category.values());
        model.addAttribute("cities", regions.cities());
        model.addAttribute("province", regions.find(Regions.PROVINCE).orElseThrow());
        return "selection/campaign-form";
    }
}
