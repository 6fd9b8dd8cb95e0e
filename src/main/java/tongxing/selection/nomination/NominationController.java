package tongxing.selection.nomination;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.coordinator.Coordinators;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.Campaigns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** 推荐: the nomination form, the city's "recommend" button, a nomination's page and its materials. */
@Controller
class NominationController {

    private final Nominations nominations;
    private final Materials materials;
    private final Campaigns campaigns;
    private final CandidateOrgs orgs;
    private final Regions regions;
    private final Coordinators coordinators;
    private final Texts texts;

    NominationController(Nominations nominations, Materials materials, Campaigns campaigns, CandidateOrgs orgs, Regions regions,
                         Coordinators coordinators, Texts texts) {
        this.coordinators = coordinators;
        this.nominations = nominations;
        this.materials = materials;
        this.campaigns = campaigns;
        this.orgs = orgs;
        this.regions = regions;
        this.texts = texts;
    }

    @GetMapping("/selection/campaigns/{id:\\d+}/nominations/new")
    String newForm(@PathVariable long id, Model model) {
        CurrentUser user = SelectionAccess.requireNominator();
        return form(model, user, campaigns.find(user, id), NominationDraft.empty(), List.of());
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/nominations")
    String create(@PathVariable long id, NominationDraft draft, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        CurrentUser user = SelectionAccess.requireNominator();
        Campaign c = campaigns.find(user, id);
        try {
            long nid = nominations.nominate(id, draft);
            redirect.addFlashAttribute("message", "selection.nomination.saved");
            return "redirect:/selection/nominations/" + nid;
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, user, c, draft, e.violations());
        }
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            nominations.submitAll(id);
            redirect.addFlashAttribute("message", "selection.nomination.submitted");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/campaigns/" + id;
    }

    @GetMapping("/selection/nominations/{nid:\\d+}")
    String show(@PathVariable long nid, Model model) {
        CurrentUser user = CurrentUser.require();
        Nomination n = nominations.find(user, nid);
        Campaign c = campaigns.get(n.campaignId());
        model.addAttribute("n", n);
        model.addAttribute("c", c);
        model.addAttribute("regions", regions);
        model.addAttribute("materials", materials.of(nid));
        model.addAttribute("mayEdit", nominations.mayEdit(user, c, n));
        model.addAttribute("reviewer", campaigns.isReviewer(c.id(), user.id()));
        return "selection/nomination";
    }

    @PostMapping("/selection/nominations/{nid:\\d+}/materials")
    String upload(@PathVariable long nid, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) throw new ValidationException("file", texts.get("selection.material.error.noFile"));
            try (InputStream in = file.getInputStream()) {
                materials.upload(nid, file.getOriginalFilename(), file.getSize(), in);
            }
            redirect.addFlashAttribute("message", "selection.material.uploaded");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/nominations/" + nid;
    }

    @GetMapping("/selection/materials/{mid:\\d+}")
    ResponseEntity<Resource> download(@PathVariable long mid) {
        Material m = materials.find(CurrentUser.require(), mid);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(m.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(m.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(materials.file(m)));
    }

    private String form(Model model, CurrentUser user, Campaign c, NominationDraft draft, List<Violation> violations) {
        model.addAttribute("c", c);
        model.addAttribute("draft", draft);
        model.addAttribute("violations", violations);
        model.addAttribute("cities", user.role() == Role.CITY_STAFF
                ? regions.find(user.regionCode()).stream().toList() : regions.cities());
        model.addAttribute("orgs", c.category().nomineeIsPerson() ? List.of() : orgs.list(user, c.category()));
        // A city picks from its registered coordinators; a provincial party types the coordinator's number.
        model.addAttribute("coordinators", c.category().nomineeIsPerson() && user.role() == Role.CITY_STAFF
                ? coordinators.byRegion(user.scope(), user.regionCode()) : List.of());
        return "selection/nomination-form";
    }
}
