package tongxing.selection.review;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tongxing.platform.i18n.Texts;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.selection.campaign.Criterion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 评审: the office assigns reviewers; a reviewer opens a nominee's sheet and scores it once. */
@Controller
class ReviewController {

    private final Reviewers reviewers;
    private final Scoring scoring;
    private final Texts texts;

    ReviewController(Reviewers reviewers, Scoring scoring, Texts texts) {
        this.reviewers = reviewers;
        this.scoring = scoring;
        this.texts = texts;
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/reviewers")
    String assign(@PathVariable long id, @RequestParam long userId, RedirectAttributes redirect) {
        try {
            reviewers.assign(id, userId);
            redirect.addFlashAttribute("message", "selection.done");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/campaigns/" + id;
    }

    @PostMapping("/selection/campaigns/{id:\\d+}/reviewers/{userId:\\d+}/remove")
    String unassign(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        try {
            reviewers.unassign(id, userId);
            redirect.addFlashAttribute("message", "selection.done");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("selectionErrors", e.violations().stream().map(Violation::reason).toList());
        }
        return "redirect:/selection/campaigns/" + id;
    }

    @GetMapping("/selection/nominations/{nid:\\d+}/review")
    String sheet(@PathVariable long nid, Model model) {
        return show(model, scoring.sheet(nid), Map.of(), List.of());
    }

    @PostMapping("/selection/nominations/{nid:\\d+}/review")
    String submit(@PathVariable long nid, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        ReviewSheet sheet = scoring.sheet(nid);
        Map<Integer, Integer> scores = new HashMap<>();
        List<Violation> bad = new ArrayList<>();
        for (Criterion c : sheet.criteria()) {
            String raw = params.get("score" + c.position());
            if (raw == null || raw.isBlank()) continue;
            try {
                scores.put(c.position(), Integer.valueOf(raw.strip()));
            } catch (NumberFormatException e) {
                bad.add(new Violation("score" + c.position(), texts.get("selection.review.error.scoreInteger", c.name())));
            }
        }
        try {
            if (!bad.isEmpty()) throw new ValidationException(bad);
            scoring.submit(nid, scores);
            redirect.addFlashAttribute("message", "selection.review.saved");
            return "redirect:/selection/nominations/" + nid + "/review";
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, sheet, params, e.violations());
        }
    }

    private static String show(Model model, ReviewSheet sheet, Map<String, String> typed, List<Violation> violations) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("typed", typed);
        model.addAttribute("violations", violations);
        return "selection/review";
    }
}
