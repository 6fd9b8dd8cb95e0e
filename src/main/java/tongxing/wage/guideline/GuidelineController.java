package tongxing.wage.guideline;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.i18n.Texts;
import tongxing.platform.industry.Industries;
import tongxing.platform.ownership.OwnershipTypes;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;

/** 工资价位版本 for staff: editions, their cells (with counts and suppression reasons), and the workflow. */
@Controller
class GuidelineController {

    private final Editions editions;
    private final GuidelineCells cells;
    private final DimensionLabels labels;
    private final Regions regions;
    private final Industries industries;
    private final OwnershipTypes ownership;
    private final Texts texts;

    GuidelineController(Editions editions, GuidelineCells cells, DimensionLabels labels, Regions regions,
                        Industries industries, OwnershipTypes ownership, Texts texts) {
        this.editions = editions;
        this.cells = cells;
        this.labels = labels;
        this.regions = regions;
        this.industries = industries;
        this.ownership = ownership;
        this.texts = texts;
    }

    @ModelAttribute
    void common(Model model) {
        CurrentUser user = CurrentUser.require();
        if (!user.role().isStaff()) throw new AccessDeniedException("staff only");
        model.addAttribute("mayManage", user.role() == Role.PROVINCE_ADMIN);
    }

    @GetMapping("/wage/guidelines")
    String list(Model model) {
        model.addAttribute("editions", editions.all());
        return "wage/guide/editions";
    }

    @PostMapping("/wage/guidelines")
    String compute(@RequestParam int year, RedirectAttributes redirect) {
        Edition e = editions.computeDraft(year);
        redirect.addFlashAttribute("message", "wageguide.edition.computed");
        return "redirect:/wage/guidelines/" + e.id();
    }

    @GetMapping("/wage/guidelines/{id:\\d+}")
    String show(@PathVariable long id, CellFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        Edition e = editions.get(id);
        model.addAttribute("edition", e);
        model.addAttribute("filter", filter);
        model.addAttribute("regions", regions.cities());
        model.addAttribute("sections", industries.sections());
        model.addAttribute("ownershipTypes", ownership.all());
        model.addAttribute("sizes", DimensionLabels.sizes());
        model.addAttribute("sizeNames", labels.sizeNames());
        model.addAttribute("keyGroups", labels.keyGroups());
        try {
            model.addAttribute("scopeLabel", labels.label(filter.checked(texts).dimension(), filter.dimValue()));
            model.addAttribute("result", cells.page(id, filter, page, 50));
        } catch (ValidationException invalid) {
            model.addAttribute("violations", invalid.violations());
        }
        StringBuilder q = new StringBuilder("/wage/guidelines/" + id + "?x=1");
        filter.asMap().forEach((k, v) -> q.append('&').append(k).append('=')
                .append(java.net.URLEncoder.encode(String.valueOf(v), java.nio.charset.StandardCharsets.UTF_8)));
        model.addAttribute("base", q.toString());
        return "wage/guide/edition";
    }

    @PostMapping("/wage/guidelines/{id:\\d+}/review")
    String review(@PathVariable long id, RedirectAttributes redirect) {
        editions.submitForReview(id);
        redirect.addFlashAttribute("message", "wageguide.edition.submitted");
        return "redirect:/wage/guidelines/" + id;
    }

    @PostMapping("/wage/guidelines/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        editions.publish(id);
        redirect.addFlashAttribute("message", "wageguide.edition.published");
        return "redirect:/wage/guidelines/" + id;
    }

    @PostMapping("/wage/guidelines/{id:\\d+}/delete")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        editions.discard(id);
        redirect.addFlashAttribute("message", "wageguide.edition.deleted");
        return "redirect:/wage/guidelines";
    }
}
