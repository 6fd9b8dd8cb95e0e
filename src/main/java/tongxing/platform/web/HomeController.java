package tongxing.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

@Controller
class HomeController {

    private static final Set<String> PROGRAMS =
            Set.of("coordinator", "socialorg", "mediation", "cultivation", "newenterprise", "monitoring", "wage", "plan");
    private static final Set<String> GOLD_SELECTED = Set.of("socialorg", "mediation");
    private static final String SELECTION = "/selection/campaigns";

    private final Menu menu;
    private final List<WorkbenchCard> cards;

    HomeController(Menu menu, List<WorkbenchCard> cards) {
        this.menu = menu;
        this.cards = cards.stream().sorted(Comparator.comparingInt(WorkbenchCard::order)).toList();
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("cards", cards.stream().flatMap(c -> c.cardFor(user).stream()).toList());
        return "home";
    }

    /** The programs not built yet: a page that says what is coming, for the roles that will use it. */
    @GetMapping("/programs/{program}")
    String program(@PathVariable String program, Model model) {
        Role role = CurrentUser.require().role();
        MenuItem item = menu.forRole(role).stream()
                .flatMap(i -> i.children().stream())
                .filter(i -> PROGRAMS.contains(program) && i.href().equals("/programs/" + program))
                .findFirst().orElseThrow(NotFoundException::new);
        model.addAttribute("program", program);
        model.addAttribute("programKey", item.key());
        model.addAttribute("available", availableParts(program, role));
        return "program-placeholder";
    }

    /**
     * What of a program not built yet already works elsewhere: the gold selection of social and
     * mediation organizations (plan sections 二.4 and 三) runs in 金牌评选, for the roles whose menu has it.
     */
    private List<MenuItem> availableParts(String program, Role role) {
        if (!GOLD_SELECTED.contains(program)) return List.of();
        boolean selects = menu.forRole(role).stream().anyMatch(i -> SELECTION.equals(i.href()));
        if (!selects) return List.of();
        return List.of(MenuItem.link("menu.selection", SELECTION, "award"),
                MenuItem.link("selection.orgs.title", "/selection/candidate-orgs", "building"));
    }
}
