package tongxing.selection.nomination;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;
import tongxing.selection.Category;
import tongxing.selection.GoldStatus;
import tongxing.selection.SelectionAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 候选组织登记: the social and mediation organizations that may be nominated. */
@Controller
@RequestMapping("/selection/candidate-orgs")
class CandidateOrgController {

    private final CandidateOrgs orgs;
    private final Regions regions;
    private final GoldStatus goldStatus;
    private final Texts texts;

    CandidateOrgController(CandidateOrgs orgs, Regions regions, GoldStatus goldStatus, Texts texts) {
        this.goldStatus = goldStatus;
        this.orgs = orgs;
        this.regions = regions;
        this.texts = texts;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = writer();
        return show(model, user);
    }

    @PostMapping
    String add(@RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
               @RequestParam(required = false) String kind, @RequestParam(required = false) String contact,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = writer();
        try {
            Category k = kind == null || kind.isBlank() ? null : Category.valueOf(kind);
            orgs.add(name, regionCode, k, contact);
            redirect.addFlashAttribute("message", "selection.saved");
            return "redirect:/selection/candidate-orgs";
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("violations", e.violations());
            return show(model, user);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("violations", List.of(new tongxing.platform.validation.Violation("kind", texts.get("selection.orgs.error.kindInvalid"))));
            return show(model, user);
        }
    }

    private String show(Model model, CurrentUser user) {
        List<CandidateOrg> all = new ArrayList<>(orgs.list(user, Category.SOCIAL_ORG));
        all.addAll(orgs.list(user, Category.MEDIATION_ORG));
        model.addAttribute("orgs", all);
        Map<String, List<Integer>> gold = new HashMap<>();
        for (Category k : List.of(Category.SOCIAL_ORG, Category.MEDIATION_ORG))
            gold.putAll(goldStatus.goldYears(k, all.stream().filter(o -> o.kind().equals(k.name()))
                    .map(o -> Long.toString(o.id())).toList()));
        model.addAttribute("goldYears", gold);
        model.addAttribute("regions", regions);
        model.addAttribute("cities", user.role() == Role.CITY_STAFF
                ? regions.find(user.regionCode()).stream().toList() : regions.cities());
        return "selection/candidate-orgs";
    }

    private static CurrentUser writer() {
        CurrentUser user = CurrentUser.require();
        SelectionAccess.require(user.role() == Role.PROVINCE_ADMIN || SelectionAccess.NOMINATORS.contains(user.role()));
        return user;
    }
}
