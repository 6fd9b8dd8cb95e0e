package tongxing.coordinator.registry.web;

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
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.registry.Coordinator;
import tongxing.coordinator.registry.CoordinatorData;
import tongxing.coordinator.registry.CoordinatorNotFoundException;
import tongxing.coordinator.registry.CoordinatorRegistry;
import tongxing.coordinator.registry.CoordinatorValidation;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Region;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.FormErrors;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.ArrayList;
import java.util.List;

/** Registering a coordinator and correcting one (协调员登记与修改). */
@Controller
@RequestMapping("/coordinators")
class CoordinatorFormController {

    private final CoordinatorRegistry registry;
    private final CoordinatorValidation validation;
    private final CoordinatorOptions options;
    private final Texts texts;

    CoordinatorFormController(CoordinatorRegistry registry, CoordinatorValidation validation, CoordinatorOptions options, Texts texts) {
        this.registry = registry;
        this.validation = validation;
        this.options = options;
        this.texts = texts;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentUser user = writer();
        CoordinatorForm form = new CoordinatorForm();
        List<Region> regions = options.writableRegions(user.scope());
        if (regions.size() == 1) form.setRegionCode(regions.get(0).code());
        return show(model, user, form, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") CoordinatorForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = writer();
        try {
            Coordinator created = registry.create(user.scope(), parsed(form, user));
            redirect.addFlashAttribute("message", "coordinator.saved");
            return "redirect:/coordinators/" + created.id();
        } catch (ValidationException e) {
            reject(result, e.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, user, form, null);
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = writer();
        Coordinator c = load(user, id);
        return show(model, user, CoordinatorForm.from(c), c);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") CoordinatorForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = writer();
        Coordinator before = load(user, id);
        try {
            registry.update(user.scope(), id, form.expectedVersion(), parsed(form, user));
            redirect.addFlashAttribute("message", "coordinator.saved");
            return "redirect:/coordinators/" + id;
        } catch (ValidationException e) {
            reject(result, e.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (OptimisticLockException e) {
            model.addAttribute("lockError", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return show(model, user, form, before);
    }

    /** Every problem at once: what does not parse, and what breaks a rule. */
    private CoordinatorData parsed(CoordinatorForm form, CurrentUser user) {
        CoordinatorForm.Parsed p = form.parse(texts);
        if (p.problems().isEmpty()) return p.data();
        List<Violation> all = new ArrayList<>(p.problems());
        List<String> seen = p.problems().stream().map(Violation::field).toList();
        validation.check(p.data().normalized(), user.scope()).stream()
                .filter(v -> !seen.contains(v.field())).forEach(all::add);
        throw new ValidationException(all);
    }

    private static void reject(BindingResult result, List<Violation> violations) {
        FormErrors.bind(result, CoordinatorForm.FIELDS, "coordinator.invalid", violations);
    }

    private CurrentUser writer() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayWrite(user.role()));
        return user;
    }

    private Coordinator load(CurrentUser user, long id) {
        return registry.find(user.scope(), id).orElseThrow(CoordinatorNotFoundException::new);
    }

    private String show(Model model, CurrentUser user, CoordinatorForm form, Coordinator editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("regions", options.writableRegions(user.scope()));
        model.addAttribute("workplaceTypes", options.workplaceTypes());
        model.addAttribute("levels", options.levels());
        return "coordinators/form";
    }
}
