package tongxing.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.enterprise.Enterprise;
import tongxing.enterprise.EnterpriseNotFoundException;
import tongxing.enterprise.EnterpriseRegistry;
import tongxing.enterprise.EnterpriseValidation;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Region;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.FormErrors;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.List;

/** Registering an enterprise by hand and correcting one (企业登记与修改). */
@Controller
@RequestMapping("/enterprises")
class EnterpriseFormController {

    static final String SOURCE = "MANUAL";

    private final EnterpriseRegistry registry;
    private final EnterpriseValidation validation;
    private final EnterpriseOptions options;
    private final Texts texts;

    EnterpriseFormController(EnterpriseRegistry registry, EnterpriseValidation validation, EnterpriseOptions options,
                             Texts texts) {
        this.texts = texts;
        this.registry = registry;
        this.validation = validation;
        this.options = options;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentUser user = writer();
        EnterpriseForm form = new EnterpriseForm();
        List<Region> regions = options.writableRegions(user.scope());
        if (regions.size() == 1) form.setRegionCode(regions.get(0).code());
        return show(model, user, form, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") EnterpriseForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = writer();
        try {
            Enterprise created = registry.create(user.scope(), parsed(form), SOURCE);
            redirect.addFlashAttribute("message", "enterprise.saved");
            return "redirect:/enterprises/" + created.id();
        } catch (ValidationException e) {
            reject(result, e.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, user, form, null);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = writer();
        Enterprise e = load(user, id);
        return show(model, user, EnterpriseForm.from(e), e);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = writer();
        Enterprise before = load(user, id);
        form.setUscc(before.uscc());   // read-only: never taken from the request
        try {
            registry.update(user.scope(), id, form.expectedVersion(), parsed(form));
            redirect.addFlashAttribute("message", "enterprise.saved");
            return "redirect:/enterprises/" + id;
        } catch (ValidationException e) {
            reject(result, e.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (OptimisticLockException e) {
            model.addAttribute("lockError", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return show(model, user, form, before);
    }

    /** The form's data, or every problem at once: what does not parse and what breaks a rule. */
    private tongxing.enterprise.EnterpriseData parsed(EnterpriseForm form) {
        EnterpriseForm.Parsed p = form.parse(texts);
        if (p.problems().isEmpty()) return p.data();
        List<Violation> all = new ArrayList<>(p.problems());
        all.addAll(validation.check(p.data()));
        throw new ValidationException(all);
    }

    private static void reject(BindingResult result, List<Violation> violations) {
        FormErrors.bind(result, EnterpriseForm.FIELDS, "enterprise.invalid", violations);
    }

    private CurrentUser writer() {
        CurrentUser user = CurrentUser.require();
        RegistryAccess.require(RegistryAccess.mayWrite(user.role()));
        return user;
    }

    private Enterprise load(CurrentUser user, long id) {
        return registry.findById(user.scope(), id).orElseThrow(EnterpriseNotFoundException::new);
    }

    private String show(Model model, CurrentUser user, EnterpriseForm form, Enterprise editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("regions", options.writableRegions(user.scope()));
        model.addAttribute("industryGroups", options.assignableIndustries());
        model.addAttribute("ownershipTypes", options.assignableOwnershipTypes());
        model.addAttribute("statuses", options.statuses());
        return "enterprises/form";
    }
}
