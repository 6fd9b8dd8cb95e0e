package tongxing.coordinator.exchange;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.coordinator.CoordinatorAccess;
import tongxing.coordinator.registry.web.ListLinks;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Region;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;
import tongxing.platform.validation.OptimisticLockException;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** 学习交流平台: the session list (search, paging, export) and the session form. */
@Controller
@RequestMapping("/coordinators/exchange")
class ExchangeController {

    private final ExchangeSessions sessions;
    private final ExchangeExport export;
    private final Regions regions;
    private final Texts texts;

    ExchangeController(ExchangeSessions sessions, ExchangeExport export, Regions regions, Texts texts) {
        this.sessions = sessions;
        this.export = export;
        this.regions = regions;
        this.texts = texts;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ExchangeFilter filter, @RequestParam(defaultValue = "1") String page,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        CurrentUser user = reader();
        model.addAttribute("filter", filter);
        model.addAttribute("result", sessions.page(user.scope(), filter, parsePage(page)));
        model.addAttribute("links", new ListLinks("/coordinators/exchange", filter.queryString()));
        model.addAttribute("mayWrite", CoordinatorAccess.mayWrite(user.role()) && !writableRegions(user.scope()).isEmpty());
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) return "coordinators/exchange/list :: results";
        model.addAttribute("regions", visibleRegions(user.scope()));
        model.addAttribute("modes", SessionMode.values());
        int year = LocalDate.now().getYear();
        model.addAttribute("years", IntStream.rangeClosed(year - 5, year + 1).map(y -> 2 * year - 4 - y).boxed().toList());
        return "coordinators/exchange/list";
    }

    @GetMapping("/export")
    void export(@ModelAttribute ExchangeFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        CurrentUser user = reader();
        export.write(user.scope(), filter, response, locale);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentUser user = writer();
        List<Region> writable = writableRegions(user.scope());
        return form(model, user, SessionForm.empty(writable.size() == 1 ? writable.get(0).code() : null), null, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute SessionForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = writer();
        try {
            long id = sessions.create(user.scope(), parsed(form));
            redirect.addFlashAttribute("message", "exchange.saved");
            return "redirect:/coordinators/exchange/" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, user, form, null, errors(e.violations()));
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        CurrentUser user = writer();
        ExchangeSession s = sessions.manageable(user.scope(), id);
        return form(model, user, SessionForm.of(s), s, Map.of());
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute SessionForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        CurrentUser user = writer();
        ExchangeSession before = sessions.manageable(user.scope(), id);
        try {
            sessions.update(user.scope(), id, form.version() == null ? -1 : form.version(), parsed(form));
            redirect.addFlashAttribute("message", "exchange.saved");
            return "redirect:/coordinators/exchange/" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, user, form, before, errors(e.violations()));
        } catch (OptimisticLockException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("lockError", e.getMessage());
            return form(model, user, form, before, Map.of());
        }
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        CurrentUser user = writer();
        try {
            sessions.delete(user.scope(), id, version == null ? -1 : version);
            redirect.addFlashAttribute("message", "exchange.deleted");
            return "redirect:/coordinators/exchange";
        } catch (OptimisticLockException e) {
            redirect.addFlashAttribute("exchangeErrors", List.of(e.getMessage()));
            return "redirect:/coordinators/exchange/" + id;
        }
    }

    private SessionData parsed(SessionForm form) {
        SessionForm.Parsed p = form.parse(texts);
        if (p.problems().isEmpty()) return p.data();
        List<Violation> all = new ArrayList<>(p.problems());
        List<String> seen = p.problems().stream().map(Violation::field).toList();
        p.data().normalized().violations(texts).stream().filter(v -> !seen.contains(v.field())).forEach(all::add);
        throw new ValidationException(all);
    }

    static Map<String, String> errors(List<Violation> violations) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Violation v : violations) m.putIfAbsent(v.field(), v.reason());
        return m;
    }

    private String form(Model model, CurrentUser user, SessionForm form, ExchangeSession editing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", writableRegions(user.scope()));
        model.addAttribute("modes", SessionMode.values());
        return "coordinators/exchange/form";
    }

    /** The province office organizes for the province or any city; a city bureau for itself. */
    private List<Region> writableRegions(Scope scope) {
        List<Region> all = new ArrayList<>();
        regions.find(Regions.PROVINCE).ifPresent(all::add);
        all.addAll(regions.cities());
        return all.stream().filter(r -> ExchangeScope.mayManage(scope, r.code())).toList();
    }

    private List<Region> visibleRegions(Scope scope) {
        List<Region> all = new ArrayList<>();
        regions.find(Regions.PROVINCE).ifPresent(all::add);
        all.addAll(regions.cities());
        if (scope instanceof Scope.Province) return all;
        if (scope instanceof Scope.Region r)
            return all.stream().filter(x -> x.code().equals(Regions.PROVINCE) || x.code().equals(r.regionCode())).toList();
        return all.stream().filter(x -> x.code().equals(Regions.PROVINCE)).toList();
    }

    static CurrentUser reader() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayView(user.role()));
        return user;
    }

    private static CurrentUser writer() {
        CurrentUser user = CurrentUser.require();
        CoordinatorAccess.require(CoordinatorAccess.mayWrite(user.role()));
        return user;
    }

    static int parsePage(String page) {
        try {
            return Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
