package tongxing.coordinator.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.Coordinators;
import tongxing.coordinator.GoldAwards;
import tongxing.coordinator.registry.CoordinatorFilter;
import tongxing.coordinator.registry.CoordinatorSearch;
import tongxing.coordinator.registry.CoordinatorNotFoundException;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.util.Locale;

/** The coordinator database (协调员数据库): search, paging, Excel export of the same filter. */
@Controller
@RequestMapping("/coordinators")
class CoordinatorListController {

    private final CoordinatorSearch search;
    private final CoordinatorOptions options;
    private final CoordinatorExport export;
    private final Coordinators coordinators;
    private final GoldAwards goldAwards;

    CoordinatorListController(CoordinatorSearch search, CoordinatorOptions options, CoordinatorExport export,
                              Coordinators coordinators, GoldAwards goldAwards) {
        this.goldAwards = goldAwards;
        this.search = search;
        this.options = options;
        this.export = export;
        this.coordinators = coordinators;
    }

    @GetMapping
    String list(@ModelAttribute("filter") CoordinatorFilter filter, @RequestParam(defaultValue = "1") String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.COORDINATOR) return "redirect:/coordinators/mine";
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        Scope scope = user.scope();
        CoordinatorFilter f = forScope(filter, scope);
        model.addAttribute("filter", f);
        model.addAttribute("result", search.page(scope, f, parsePage(page)));
        model.addAttribute("links", new ListLinks("/coordinators", f.queryString()));
        model.addAttribute("mayWrite", CoordinatorAccess.mayWrite(user.role()));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) return "coordinators/list :: results";
        model.addAttribute("showRegion", scope instanceof Scope.Province);
        model.addAttribute("regions", options.regions());
        model.addAttribute("workplaceTypes", options.workplaceTypes());
        model.addAttribute("levels", options.levels());
        model.addAttribute("goldYears", goldAwards.awardYears());
        return "coordinators/list";
    }

    /** A coordinator's own profile. */
    @GetMapping("/mine")
    String mine() {
        CurrentUser user = CurrentUser.require();
        if (user.role() != Role.COORDINATOR) throw new CoordinatorNotFoundException();
        return coordinators.forUser(user.id()).map(c -> "redirect:/coordinators/" + c.id())
                .orElseThrow(CoordinatorNotFoundException::new);
    }

    @GetMapping("/export")
    void export(@ModelAttribute CoordinatorFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayBrowse(user.role()));
        export.write(user.scope(), forScope(filter, user.scope()), response, locale);
    }

    private static CoordinatorFilter forScope(CoordinatorFilter filter, Scope scope) {
        return scope instanceof Scope.Province ? filter : filter.withRegion(null);
    }

    static int parsePage(String page) {
        try {
            return Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
