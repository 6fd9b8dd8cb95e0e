package tongxing.platform.admin.apikeys;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.region.Regions;
import tongxing.platform.security.ApiKeys;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.LinkedHashMap;
import java.util.Map;

/** 接口密钥: list, issue (the key shown once) and revoke API keys of external systems. */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysController {

    private final ApiKeyAdministration administration;
    private final Regions regions;

    ApiKeysController(ApiKeyAdministration administration, Regions regions) {
        this.administration = administration;
        this.regions = regions;
    }

    @GetMapping
    String list(Model model) {
        ApiKeyForm form = new ApiKeyForm();
        form.setRegionCode(Regions.PROVINCE);
        return page(model, form, Map.of());
    }

    @PostMapping
    String issue(@ModelAttribute("form") ApiKeyForm form, Model model, RedirectAttributes redirect) {
        try {
            ApiKeys.IssuedKey issued = administration.issue(form);
            redirect.addFlashAttribute("issuedKey", issued.plainKey());
            redirect.addFlashAttribute("issuedName", form.getName().trim());
            redirect.addFlashAttribute("message", "admin.apiKey.issued");
            return "redirect:/admin/api-keys";
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Violation v : e.violations()) errors.merge(v.field(), v.reason(), (a, b) -> a + "；" + b);
            return page(model, form, errors);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        administration.revoke(id);
        redirect.addFlashAttribute("message", "admin.apiKey.revoked");
        return "redirect:/admin/api-keys";
    }

    private String page(Model model, ApiKeyForm form, Map<String, String> errors) {
        model.addAttribute("keys", administration.list());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("permissions", ApiKeyAdministration.PERMISSIONS);
        model.addAttribute("province", regions.find(Regions.PROVINCE).orElseThrow());
        model.addAttribute("cities", regions.cities());
        return "admin/api-keys/list";
    }
}
