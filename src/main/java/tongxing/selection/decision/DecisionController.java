package tongxing.selection.decision;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;

import java.util.LinkedHashSet;
import java.util.List;

/** 评选决定: the office posts the winners it ticked (the ranking's top {@code quota} are ticked by default). */
@Controller
class DecisionController {

    private final Decisions decisions;

    DecisionController(Decisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/decision")
    String decide(@PathVariable long id, @RequestParam int version,
                  @RequestParam(name = "winner", required = false) List<Long> winners,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            decisions.decide(id, version, new LinkedHashSet<>(winners == null ? List.of() : winners), reason);
            redirect.addFlashAttribute("message", "selection.decided");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/campaigns/" + id;
    }
}
