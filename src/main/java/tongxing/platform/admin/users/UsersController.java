package tongxing.platform.admin.users;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.exports.XlsxResponse;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** 用户管理: list, open, change, reset, disable, enable and unlock accounts (province administrators only). */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    private final UserDirectory directory;
    private final UserAdministration administration;
    private final UserExport export;
    private final Regions regions;

    UsersController(UserDirectory directory, UserAdministration administration, UserExport export, Regions regions) {
        this.directory = directory;
        this.administration = administration;
        this.export = export;
        this.regions = regions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) String region, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "1") int page, Model model) {
        UserFilter filter = UserFilter.of(q, role, region, status);
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.queryString());
        model.addAttribute("result", directory.page(filter, page));
        choices(model);
        model.addAttribute("statuses", UserStatus.values());
        return "admin/users/list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
                @RequestParam(required = false) String region, @RequestParam(required = false) String status,
                HttpServletResponse response) throws IOException {
        UserFilter filter = UserFilter.of(q, role, region, status);
        String file = XlsxResponse.fileName(export.fileTitle());
        export.write(filter, XlsxResponse.start(response, file, XlsxResponse.fileName("users")));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, new UserForm(), Map.of(), null);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        try {
            UserAdministration.Created created = administration.create(form);
            redirect.addFlashAttribute("message", "admin.user.saved.created");
            if (created.generatedPassword() != null) redirect.addFlashAttribute("initialPassword", created.generatedPassword());
            return "redirect:/admin/users/" + created.id();
        } catch (ValidationException e) {
            return form(model, form, errors(e), null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserRow user = directory.find(id).orElseThrow(NotFoundException::new);
        return edit(model, user, UserForm.of(user), Map.of(), null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        UserRow user = directory.find(id).orElseThrow(NotFoundException::new);
        try {
            administration.update(id, form);
            redirect.addFlashAttribute("message", "admin.user.saved.updated");
            return "redirect:/admin/users/" + id;
        } catch (ValidationException e) {
            return edit(model, user, form, errors(e), null);
        } catch (OptimisticLockException e) {
            return edit(model, user, form, Map.of(), e.getMessage());
        }
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("initialPassword", administration.resetPassword(id));
        redirect.addFlashAttribute("message", "admin.user.saved.passwordReset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            administration.disable(id);
            redirect.addFlashAttribute("message", "admin.user.saved.disabled");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("actionError", e.violations().get(0).reason());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        administration.enable(id);
        redirect.addFlashAttribute("message", "admin.user.saved.enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(id);
        redirect.addFlashAttribute("message", "admin.user.saved.unlocked");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, UserForm form, Map<String, String> errors, String formError) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        choices(model);
        return "admin/users/form";
    }

    private String edit(Model model, UserRow user, UserForm form, Map<String, String> errors, String formError) {
        model.addAttribute("user", user);
        model.addAttribute("self", CurrentUser.require().id() == user.id());
        return form(model, form, errors, formError);
    }

    private void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("province", regions.find(Regions.PROVINCE).orElseThrow());
        model.addAttribute("cities", regions.cities());
        model.addAttribute("organizations", directory.organizations());
        model.addAttribute("organizationKinds", OrganizationKind.values());
    }

    private static Map<String, String> errors(ValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : e.violations()) errors.merge(v.field(), v.reason(), (a, b) -> a + "；" + b);
        return errors;
    }
}
