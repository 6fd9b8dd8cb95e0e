package tongxing.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.enterprise.search.EnterpriseFilter;
import tongxing.enterprise.search.EnterprisePage;
import tongxing.enterprise.search.EnterpriseSearch;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.util.Locale;

/** The registry list (企业库): search form, result table with paging, Excel export of the same filter. */
@Controller
@RequestMapping("/enterprises")
class EnterpriseListController {

    private final EnterpriseSearch search;
    private final EnterpriseOptions options;
    private final EnterpriseExport export;
    private final SearchFormOptions formOptions;

    EnterpriseListController(EnterpriseSearch search, EnterpriseOptions options, EnterpriseExport export,
                             SearchFormOptions formOptions) {
        this.search = search;
        this.options = options;
        this.export = export;
        this.formOptions = formOptions;
    }

    /**
     * The whole page, or only the results when htmx asks (the search form and the paging links
     * swap the table and push the URL, so that a reload or a shared link shows the same list).
     */
    @GetMapping
    String list(@ModelAttribute("filter") EnterpriseFilter filter, @RequestParam(defaultValue = "1") String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response, Locale locale) {
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.ENTERPRISE) return "redirect:/enterprises/mine";
        RegistryAccess.require(RegistryAccess.mayBrowse(user.role()));
        Scope scope = user.scope();
        EnterpriseFilter f = forScope(filter, scope);
        EnterprisePage result = search.page(scope, f, parsePage(page));
        model.addAttribute("filter", f);
        model.addAttribute("result", result);
        model.addAttribute("links", new PageLinks(f));
        model.addAttribute("mayWrite", RegistryAccess.mayWrite(user.role()));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) return "enterprises/list :: results";
        model.addAttribute("showRegion", scope instanceof Scope.Province);
        model.addAttribute("regionOptions", formOptions.regions(f.region(), locale));
        model.addAttribute("sectionOptions", formOptions.sections(f.section(), locale));
        model.addAttribute("divisionOptions", formOptions.divisions(validSection(f.section()), f.division(), locale));
        model.addAttribute("sizeOptions", formOptions.sizes(f.size(), locale));
        model.addAttribute("ownershipOptions", formOptions.ownershipTypes(f.ownership(), locale));
        return "enterprises/list";
    }

    /** The division select's options after the section changed. */
    @GetMapping("/divisions")
    String divisions(@RequestParam(required = false) String section, Model model, Locale locale) {
        RegistryAccess.require(RegistryAccess.mayBrowse(CurrentUser.require().role()));
        String s = section == null || section.isBlank() ? null : section.trim();
        model.addAttribute("divisionOptions", formOptions.divisions(validSection(s), null, locale));
        return "enterprises/list :: divisionOptions";
    }

    /** The options are remembered per section: any unknown section shares one key (and offers no division). */
    private String validSection(String section) {
        if (section == null) return null;
        return options.sections().stream().anyMatch(s -> s.code().equals(section)) ? section : "-";
    }

    /** The current filter as an .xlsx, streamed, within the scope, audited. */
    @GetMapping("/export")
    void export(@ModelAttribute EnterpriseFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        RegistryAccess.require(RegistryAccess.mayBrowse(user.role()));
        export.write(user.scope(), forScope(filter, user.scope()), response, locale);
    }

    /** Region users are fixed to their own region; only province-wide users pick one. */
    private static EnterpriseFilter forScope(EnterpriseFilter filter, Scope scope) {
        return scope instanceof Scope.Province ? filter : filter.withRegion(null);
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
