package tongxing.enterprise.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tongxing.enterprise.search.EnterpriseFilter;
import tongxing.enterprise.search.EnterpriseRow;
import tongxing.enterprise.search.EnterpriseSearch;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Scope;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Suggestions for the enterprise fields of other modules' forms (a clue, a layoff plan, a service
 * record): the user types part of a name or of a USCC and picks the enterprise instead of copying its
 * code from the registry. Only enterprises within the user's scope are offered, by the same search as
 * the registry list.
 */
@Controller
class EnterpriseLookupController {

    static final int MAX_SUGGESTIONS = 10;
    /** Fewer characters match too much to be of help (and a single character is not a name search). */
    static final int MIN_LENGTH = 2;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]+");

    private final EnterpriseSearch search;

    EnterpriseLookupController(EnterpriseSearch search) {
        this.search = search;
    }

    @GetMapping("/enterprises/lookup")
    String lookup(@RequestParam(required = false) String q, Model model) {
        CurrentUser user = CurrentUser.require();
        RegistryAccess.require(RegistryAccess.mayView(user.role()));
        model.addAttribute("suggestions", suggestions(user.scope(), q));
        return "enterprises/lookup :: options";
    }

    private List<EnterpriseRow> suggestions(Scope scope, String q) {
        String term = q == null ? "" : q.strip();
        if (term.length() < MIN_LENGTH) return List.of();
        EnterpriseFilter none = EnterpriseFilter.none();
        EnterpriseFilter filter = CODE.matcher(term).matches()
                ? new EnterpriseFilter(null, term, null, null, null, null, null, null)
                : none.withName(term);
        List<EnterpriseRow> rows = search.page(scope, filter, 1).rows();
        return rows.size() > MAX_SUGGESTIONS ? rows.subList(0, MAX_SUGGESTIONS) : rows;
    }
}
