package tongxing.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tongxing.platform.security.CurrentUser;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

@Controller
class HomeController {

    private static final Set<String> PROGRAMS =
            Set.of("coordinator", "socialorg", "mediation", "cultivation", "newenterprise", "monitoring", "wage", "plan");

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
        boolean visible = PROGRAMS.contains(program) && menu.forRole(CurrentUser.require().role()).stream()
                .flatMap(i -> i.children().stream())
                .anyMatch(i -> i.href().equals("/programs/" + program));
        if (!visible) throw new NotFoundException();
        model.addAttribute("program", program);
        return "program-placeholder";
    }
}
